// sitemap.xml, robots.txt and the Atom feed. Dates come from content, never from the clock,
// so identical input gives identical output.
#include <algorithm>

#include "text/escape.h"
#include "content/rounds.h"
#include "views/site_files.h"

namespace itagen::views {

using text::html_escape;
using text::csv_field;
namespace routes = model::routes;
namespace {

struct FeedEntry {
  thai::Date date;
  std::string path;
  std::string title;
};

std::vector<FeedEntry> feed_entries(const ViewContext& ctx) {
  const auto& c = ctx.model().content;
  std::vector<FeedEntry> entries;
  for (const auto& [year, record] : c.measures) {
    if (record.approved) {
      entries.push_back({*record.approved, routes::measures(year),
                         "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ " + std::to_string(year)});
    }
  }
  for (const auto& [year, record] : c.no_gift) {
    if (record.announcement.date) {
      entries.push_back({*record.announcement.date, routes::no_gift(year), record.announcement.title});
    }
  }
  for (const auto& [year, reports] : c.reports) {
    for (const auto& r : reports) {
      if (r.as_of) {
        entries.push_back({*r.as_of, routes::report_round(year, r.round),
                           "รายงานการกำกับติดตามมาตรการ " + content::round_name(r.round) + " ปีงบประมาณ " + std::to_string(year)});
      }
    }
  }
  for (const auto& [year, files] : c.oit) {
    for (const auto& f : files) {
      std::string title = f.item;
      if (auto it = ctx.model().oit.find(year); it != ctx.model().oit.end() && it->second.framework) {
        if (const auto* item = it->second.framework->find(f.item)) title += " " + item->title;
      }
      entries.push_back({f.updated, routes::oit_item(year, f.item), title});
    }
  }
  for (const auto& p : c.pages) {
    if (p.date && !p.draft) entries.push_back({*p.date, p.slug, p.title});
  }
  std::sort(entries.begin(), entries.end(), [](const FeedEntry& a, const FeedEntry& b) {
    return a.date != b.date ? a.date > b.date : a.path < b.path;
  });
  if (entries.size() > 50) entries.resize(50);
  return entries;
}

}  // namespace

std::string sitemap_xml(const ViewContext& ctx, const std::vector<PageJob>& pages) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  std::vector<std::string> paths;
  for (const auto& p : pages) {
    if (p.path != routes::not_found()) paths.push_back(p.path);
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) out += "  <url><loc>" + html_escape(ctx.absolute_url(path)) + "</loc></url>\n";
  out += "</urlset>\n";
  return out;
}

std::string robots_txt(const ViewContext& ctx) {
  return "User-agent: *\nAllow: /\n\nSitemap: " + ctx.urls().absolute_file_url(routes::sitemap()) + "\n";
}

std::string atom_feed(const ViewContext& ctx) {
  auto entries = feed_entries(ctx);
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
