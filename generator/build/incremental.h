// Incremental rebuilds for the preview server: the whole pipeline into memory, but rendering
// only the pages a change can affect and reusing the previous bytes of the others.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "build/pipeline.h"
#include "render/theme.h"
#include "search/search_index.h"

namespace itagen::build {

// What changed since the previous build, as decided by the caller (server/rebuild.cpp).
struct Scope {
  bool everything = true;           // render every page, reload the theme
  std::set<std::string> changed;    // site-relative source paths edited in place
  // Fast path for large sites: this content/pages/**.md file is the only change, so it alone is
  // parsed again and the rest of the content is taken from the previous build.
  std::string reparse_page;
};

// Output path -> bytes. The bytes are shared, so that a rebuild hands on the files it did not
// change to the next snapshot without copying them.
using OutputFiles = std::map<std::string, std::shared_ptr<const std::string>>;

// One build's result plus what the next incremental build starts from.
struct MemoryBuild {
  Result result;
  std::size_t rendered = 0;  // pages rendered (the rest were reused)
  bool reparsed_only = false;  // the fast path was taken
  std::shared_ptr<const OutputFiles> output;
  std::shared_ptr<const render::Theme> theme;
  std::shared_ptr<const search::SearchIndex> search_index;
  std::string site_data;  // site-wide template data and the navigation, serialised
  std::vector<diag::Diagnostic> load_diagnostics;
};

// previous: the last successful build, or nullptr (then everything is built).
MemoryBuild build_in_memory(const fs::FileSystem& files, const Options& options, const Scope& scope,
                            const MemoryBuild* previous, diag::DiagnosticSink& diags);

}  // namespace itagen::build
