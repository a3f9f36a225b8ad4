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

// The previous content with the page at path parsed again; nullopt when that is not enough
// (the page is new, has problems to report, or its title, order or menu changed, which other
// pages show). The previous build's load diagnostics of other files go to load_diags.
std::optional<content::SiteContent> reparse_one_page(const fs::FileSystem& files, const std::string& path,
                                                     const Build& previous, diag::DiagnosticSink& load_diags);

}  // namespace itagen::pipeline
