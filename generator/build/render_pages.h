// Rendering every page and companion file of a site into a sink.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <memory>

#include "diag/diagnostic.h"
#include "fs/file_system.h"
#include "model/site_model.h"
#include "output/sink.h"
#include "render/theme.h"
#include "search/search_index.h"

namespace itagen::views {
struct PageJob;
}

namespace itagen::build {

struct RenderStats {
  bool ok = true;
  std::size_t pages = 0;     // pages of the site
  std::size_t rendered = 0;  // pages rendered this time (fewer than pages when some were reused)
  std::size_t files = 0;
  std::shared_ptr<const search::SearchIndex> search_index;  // seeds the next incremental build's
};

// For the preview server's incremental rebuilds: what can be taken from the previous build.
struct Reuse {
  // Called for each page before rendering it; returning true means it wrote the page's previous
  // output into the sink itself, so the page is not rendered again. Called from several threads
  // at once.
  std::function<bool(const views::PageJob&, output::OutputSink&)> page;
  // The same for each other file (static files, theme assets, sitemap, feed, data exports), by
  // output path, before it is made. Not asked for search-index.json, which is always made.
  std::function<bool(const std::string& path, output::OutputSink&)> file;
  // The search index of the previous build: its entries are reused for reused pages, and for
  // rendered pages whose text is the same.
  std::shared_ptr<const search::SearchIndex> search_index;
};

RenderStats render_site(const model::SiteModel& model, const render::Theme& theme, const fs::FileSystem& files,
                        output::OutputSink& sink, diag::DiagnosticSink& diags, const Reuse& reuse = {});

}  // namespace itagen::build
