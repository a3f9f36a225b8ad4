// The render phase's first part: every HTML page of the site, rendered on several threads and
// written as soon as it is rendered (so memory stays flat however large the site), and indexed
// for search.
#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <vector>

#include "diag/diagnostic.h"
#include "output/sink.h"
#include "pipeline/reuse.h"
#include "render/theme.h"
#include "search/search_index.h"
#include "views/pages.h"

namespace itagen::pipeline {

struct PageStats {
  bool ok = true;
  std::size_t rendered = 0;  // pages rendered (the rest were reused)
};

// Called from a render thread once a page rendered this time is written.
using PageWritten = std::function<void(const views::PageJob&)>;

// site: views::site_data(ctx), computed once by the caller.
PageStats render_pages(const views::ViewContext& ctx, const nlohmann::json& site, std::span<const views::PageJob> jobs,
                       const render::Theme& theme, output::OutputSink& sink, search::IndexBuilder& search_index,
                       const Reuse& reuse, diag::DiagnosticSink& diags, const PageWritten& written = nullptr);

}  // namespace itagen::pipeline
