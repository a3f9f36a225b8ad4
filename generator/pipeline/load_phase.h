// The load phase: every content file, or for the preview server's fast path one edited page
// parsed again into the previous build's content.
#pragma once

#include <optional>
#include <string>

#include "content/records.h"
#include "diag/diagnostic.h"
#include "fs/file_system.h"
#include "pipeline/build.h"

namespace itagen::pipeline {

struct Reparsed {
  content::SiteContent content;
  ReparsedPage page;
};

// The previous content with the page at path parsed again; nullopt when that is not enough
// (the page is new or has problems to report, or its slug or draft state changed, which changes
// the site's pages). The previous build's load diagnostics of other files go to load_diags.
std::optional<Reparsed> reparse_one_page(const fs::FileSystem& files, const std::string& path, const Build& previous,
                                         diag::DiagnosticSink& load_diags);

}  // namespace itagen::pipeline
