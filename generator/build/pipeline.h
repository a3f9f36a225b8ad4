// The build pipeline: load -> assemble model -> check -> render -> write, each phase timed.
// It reads through a FileSystem and writes through an OutputSink, so the same pipeline serves
// `build` (disk, swapped in atomically), `check` (no output) and the preview server (memory).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "fs/file_system.h"
#include "model/site_model.h"
#include "output/sink.h"

namespace itagen::build {

struct Options {
  std::string base_url;  // overrides site.yaml's base_url when not empty
  bool render = true;    // false for `check`: stop after the checks
};

struct PhaseTime {
  std::string phase;
  double milliseconds = 0;
};

struct Result {
  bool ok = false;
  std::size_t pages = 0;  // HTML pages rendered
  std::size_t files = 0;  // every file written
  std::vector<PhaseTime> timings;
  std::shared_ptr<const model::SiteModel> model;  // for the preview server
};

Result run(const fs::FileSystem& files, output::OutputSink* sink, const Options& options, diag::DiagnosticSink& diags);

// "measures/2567" -> "measures/2567/index.html", "" -> "index.html", "404" -> "404.html".
std::string output_path_for(const std::string& page_path);

}  // namespace itagen::build
