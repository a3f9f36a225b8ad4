// Rendering every page and companion file of a site into a sink.
#pragma once

#include <cstddef>

#include "diag/diagnostic.h"
#include "fs/file_system.h"
#include "model/site_model.h"
#include "output/sink.h"
#include "render/theme.h"

namespace itagen::build {

struct RenderStats {
  bool ok = true;
  std::size_t pages = 0;
  std::size_t files = 0;
};

RenderStats render_site(const model::SiteModel& model, const render::Theme& theme, const fs::FileSystem& files,
                        output::OutputSink& sink, diag::DiagnosticSink& diags);

}  // namespace itagen::build
