// The Atom feed. Dates come from content, never from the clock, so identical input gives
// identical output.
#include "views/atom_feed.h"

#include <algorithm>
#include <deque>
#include <string_view>

#include "content/rounds.h"
#include "text/escape.h"

namespace itagen::views {

using text::html_escape;
namespace routes = model::routes;
namespace {

// The feed's order: newest first, then by path (a page's path is unique, so the order is total).
// For entries and for the candidates they are chosen from.
template <typename Item>
bool newer(const Item& a, const Item& b) {
  return a.date != b.date ? a.date > b.date : a.path < b.path;
}

// A dated item, pointing at its path and title rather than copying them: a portal has thousands
// of dated pages, of which the feed shows fifty.
struct Candidate {
  thai::Date date;
  std::string_view path;
  std::string_view title;
};

}  // namespace

Feed feed_of(const ViewContext& ctx) {
  const auto& c = ctx.model().content;
  std::deque<std::string> made;  // paths and titles composed here; a deque keeps them in place
  auto keep = [&made](std::string text) -> std::string_view { return made.emplace_back(std::move(text)); };
  std::vector<Candidate> candidates;
  for (const auto& [year, record] : c.measures) {
    if (record.approved) {
      candidates.push_back({*record.approved, keep(routes::measures(year)),
                            keep("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ " + std::to_string(year))});
    }
  }
  for (const auto& [year, record] : c.no_gift) {
    if (record.announcement.date) {
      candidates.push_back({*record.announcement.date, keep(routes::no_gift(year)), record.announcement.title});
    }
  }
  for (const auto& [year, reports] : c.reports) {
    for (const auto& r : reports) {
      if (r.as_of) {
        candidates.push_back({*r.as_of, keep(routes::report_round(year, r.round)),
                              keep("รายงานการกำกับติดตามมาตรการ " + content::round_name(r.round) + " ปีงบประมาณ " +
                                   std::to_string(year))});
      }
    }
  }
  for (const auto& [year, files] : c.oit) {
    for (const auto& f : files) {
      std::string title = f.item;
      if (auto it = ctx.model().oit.find(year); it != ctx.model().oit.end() && it->second.framework) {
        if (const auto* item = it->second.framework->find(f.item)) title += " " + item->title;
      }
      candidates.push_back({f.updated, keep(routes::oit_item(year, f.item)), keep(std::move(title))});
    }
  }
  for (const auto& p : c.pages) {
    if (p.date && !p.draft) candidates.push_back({*p.date, p.slug, p.title});
  }
  const std::size_t shown = std::min(candidates.size(), kFeedEntries);
  std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(shown), candidates.end(),
                    newer<Candidate>);
  Feed feed;
  feed.candidates = candidates.size();
  for (std::size_t i = 0; i < shown; ++i) {
    feed.entries.push_back({candidates[i].date, std::string(candidates[i].path), std::string(candidates[i].title)});
  }
  return feed;
}

std::optional<Feed> patch_feed(const Feed& previous, const content::PageRecord& before, const content::PageRecord& after) {
  auto dated = [](const content::PageRecord& p) { return p.date && !p.draft; };
  Feed feed = previous;
  auto& entries = feed.entries;
  const std::optional<FeedEntry> last_shown =
      entries.empty() ? std::nullopt : std::optional<FeedEntry>(entries.back());
  auto old = std::find_if(entries.begin(), entries.end(), [&](const FeedEntry& e) { return e.path == before.slug; });
  const bool was_shown = old != entries.end();
  if (was_shown) entries.erase(old);
  feed.candidates = feed.candidates - (dated(before) ? 1 : 0) + (dated(after) ? 1 : 0);
  std::optional<FeedEntry> entry;
  if (dated(after)) entry = FeedEntry{*after.date, after.slug, after.title};
  // Items the feed did not show rank after its last entry. When the page was shown and there were
  // such items, one of them may now rank before the page, or take its place: not known here.
  const bool had_more = previous.candidates > previous.entries.size();
  if (was_shown && had_more && (!entry || newer<FeedEntry>(*last_shown, *entry))) return std::nullopt;
  if (entry) entries.insert(std::upper_bound(entries.begin(), entries.end(), *entry, newer<FeedEntry>), std::move(*entry));
  if (entries.size() > kFeedEntries) entries.resize(kFeedEntries);
  return feed;
}

std::string atom_feed(const ViewContext& ctx, const Feed& feed) {
  const auto& entries = feed.entries;
  const auto numerals = ctx.site().numerals;
  std::string updated = entries.empty() ? "2000-01-01" : thai::iso_date(entries.front().date);
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"th\">\n";
  out += "  <title>" + html_escape(thai::localize_digits(ctx.site().name, numerals)) + "</title>\n";
  out += "  <link href=\"" + html_escape(ctx.base_url()) + "\"/>\n";
  out += "  <link rel=\"self\" href=\"" + html_escape(ctx.urls().absolute_file_url(routes::feed())) + "\"/>\n";
  out += "  <id>" + html_escape(ctx.base_url()) + "</id>\n";
  out += "  <updated>" + updated + "T00:00:00Z</updated>\n";
  out += "  <author><name>" + html_escape(thai::localize_digits(ctx.site().short_name, numerals)) + "</name></author>\n";
  for (const auto& e : entries) {
    std::string url = ctx.absolute_url(e.path);
    out += "  <entry>\n    <title>" + html_escape(thai::localize_digits(e.title, numerals)) + "</title>\n";
    out += "    <link href=\"" + html_escape(url) + "\"/>\n    <id>" + html_escape(url) + "</id>\n";
    out += "    <updated>" + thai::iso_date(e.date) + "T00:00:00Z</updated>\n  </entry>\n";
  }
  out += "</feed>\n";
  return out;
}

}  // namespace itagen::views
