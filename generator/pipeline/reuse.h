// What the render phases may take from the previous build instead of making it again.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "output/sink.h"
#include "search/search_index.h"
#include "views/pages.h"

namespace itagen::pipeline {

struct Reuse {
  // Called for each page before rendering it; returning true means it wrote the page's previous
  // output into the sink itself, so the page is not rendered again. Called from one thread, before
  // the render threads start.
  std::function<bool(const views::PageJob&, output::OutputSink&)> page;
  // The same for each other file (static files, theme assets, sitemap, feed, data exports), by
  // output path, before it is made. Not asked for search-index.json, which is always made.
  std::function<bool(const std::string& path, output::OutputSink&)> file;
  // The search index of the previous build: its entries are reused for reused pages, and for
  // rendered pages whose text is the same.
  std::shared_ptr<const search::SearchIndex> search_index;
  // The sink holds every file of the previous build already, which has the same pages and files
  // (only one page's body changed): page() and file() copy nothing, and the search index keeps
  // the previous entries of every page not rendered again.
  bool previous_in_sink = false;
};

}  // namespace itagen::pipeline
