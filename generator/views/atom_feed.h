// The Atom feed (feed.xml): the site's newest dated content, newest first. Its entries are kept
// by the preview server, so that a page's new title or date patches them instead of sorting
// every dated item of a large site again.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "views/view_context.h"

namespace itagen::views {

// Entries the feed shows at most.
constexpr std::size_t kFeedEntries = 50;

struct FeedEntry {
  thai::Date date;
  std::string path;  // page path
  std::string title;
};

struct Feed {
  std::vector<FeedEntry> entries;  // newest first (then by path), at most kFeedEntries
  std::size_t candidates = 0;      // dated items of the site, shown or not
};

Feed feed_of(const ViewContext& ctx);
// previous with one free page's entry made again, the page as it is now (after) and as previous
// was made from (before), with the same path: its title or date changed. nullopt when that
// cannot tell the result: the page left the shown part of a feed that had more items than it
// showed, so an item previous does not hold may take its place.
std::optional<Feed> patch_feed(const Feed& previous, const content::PageRecord& before, const content::PageRecord& after);
std::string atom_feed(const ViewContext& ctx, const Feed& feed);

}  // namespace itagen::views
