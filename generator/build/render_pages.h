// Rendering every page and companion file of a site into a sink.
#pragma once

#include <cstddef>
#include <functional>

#include "diag/diagnostic.h"
#include "fs/file_system.h"
#include "model/site_model.h"
#include "output/sink.h"
#include "render/theme.h"

namespace itagen::views {
struct PageJob;
}

namespace itagen::build {

struct RenderStats {
  bool ok = true;
  std::size_t pages = 0;     // pages of the site
  std::size_t rendered = 0;  // pages rendered this time (fewer than pages when some were reused)
  std::size_t files = 0;
};

// For the preview server's incremental rebuilds: called for each page before rendering it;
// returning true means it wrote the page's previous output into the sink itself, so the page
// is not rendered again. Called from several threads at once.
using ReusePage = std::function<bool(const views::PageJob&, output::OutputSink&)>;

RenderStats render_site(const model::SiteModel& model, const render::Theme& theme, const fs::FileSystem& files,
                        output::OutputSink& sink, diag::DiagnosticSink& diags, const ReusePage& reuse = {});

}  // namespace itagen::build
