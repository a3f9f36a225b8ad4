// views/atom_feed.h: patching the feed's entries when one page's title or date changed gives
// the entries a full sort gives, or declines.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "views/atom_feed.h"

using namespace itagen;
using content::PageRecord;
using views::Feed;
using views::FeedEntry;

namespace {

PageRecord page(int n, std::optional<thai::Date> date, std::string title = {}) {
  PageRecord p;
  p.slug = "news/n" + std::to_string(100 + n);
  p.title = title.empty() ? "ข่าว " + std::to_string(n) : title;
  p.date = date;
  return p;
}

// The feed of these pages as the spec says: dated ones, newest first, then by path, the first 50.
Feed sorted_feed(const std::vector<PageRecord>& pages) {
  Feed feed;
  for (const auto& p : pages) {
    if (p.date) feed.entries.push_back({*p.date, p.slug, p.title});
  }
  std::sort(feed.entries.begin(), feed.entries.end(), [](const FeedEntry& a, const FeedEntry& b) {
    return a.date != b.date ? a.date > b.date : a.path < b.path;
  });
  feed.candidates = feed.entries.size();
  if (feed.entries.size() > views::kFeedEntries) feed.entries.resize(views::kFeedEntries);
  return feed;
}

bool same(const Feed& a, const Feed& b) {
  if (a.candidates != b.candidates || a.entries.size() != b.entries.size()) return false;
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    const auto &x = a.entries[i], &y = b.entries[i];
    if (x.date != y.date || x.path != y.path || x.title != y.title) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("a_retitled_page_keeps_its_place_in_the_feed") {
  std::vector<PageRecord> pages;
  for (int i = 0; i < 70; ++i) pages.push_back(page(i, thai::Date{2024, 1 + i / 28, 1 + i % 28}));
  Feed before = sorted_feed(pages);
  PageRecord retitled = pages[69];
  retitled.title = "ข่าวล่าสุด";
  auto patched = views::patch_feed(before, pages[69], retitled);
  REQUIRE(patched);
  CHECK(patched->entries.front().title == "ข่าวล่าสุด");
  pages[69] = retitled;
  CHECK(same(*patched, sorted_feed(pages)));
}

TEST_CASE("the_patch_declines_when_a_page_leaves_a_feed_with_more_items_than_it_shows") {
  std::vector<PageRecord> pages;
  for (int i = 0; i < 70; ++i) pages.push_back(page(i, thai::Date{2024, 1 + i / 28, 1 + i % 28}));
  Feed before = sorted_feed(pages);
  CHECK_FALSE(views::patch_feed(before, pages[69], page(69, std::nullopt)));
  CHECK_FALSE(views::patch_feed(before, pages[69], page(69, thai::Date{2020, 1, 1})));
  // With every item shown, the next item is known: there is none.
  pages.resize(30);
  before = sorted_feed(pages);
  auto undated = views::patch_feed(before, pages[29], page(29, std::nullopt));
  REQUIRE(undated);
  CHECK(undated->candidates == 29);
  CHECK(undated->entries.size() == 29);
}

// Random edits of titles and dates, undated pages among them: every patch equals the full sort.
TEST_CASE("patched_feeds_equal_sorted_feeds_over_random_edits") {
  std::mt19937 random(20261201);
  std::vector<PageRecord> pages;
  auto random_date = [&]() -> std::optional<thai::Date> {
    if (random() % 5 == 0) return std::nullopt;
    return thai::Date{2023 + static_cast<int>(random() % 2), 1 + static_cast<int>(random() % 12),
                      1 + static_cast<int>(random() % 28)};
  };
  for (int i = 0; i < 90; ++i) pages.push_back(page(i, random_date()));
  Feed feed = sorted_feed(pages);
  int patched = 0, declined = 0;
  for (int step = 0; step < 3000; ++step) {
    const int n = static_cast<int>(random() % pages.size());
    PageRecord after = pages[n];
    if (random() % 3 == 0) {
      after.title = "ชื่อใหม่ " + std::to_string(step);
    } else {
      after.date = random_date();
    }
    auto result = views::patch_feed(feed, pages[n], after);
    pages[n] = after;
    Feed expected = sorted_feed(pages);
    if (result) {
      ++patched;
      CAPTURE(step);
      REQUIRE(same(*result, expected));
    } else {
      ++declined;
    }
    feed = expected;
  }
  // Declining is for pages leaving the shown part: most edits are patched.
  CHECK(patched > declined);
}
