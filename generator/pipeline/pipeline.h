// The one pipeline: load -> assemble and check -> theme -> render (pages, companion files,
// static files), each phase timed. `build`, `check` and the preview server all call run(); the
// preview passes what it keeps from its previous build, and gets the same phases.
// It reads through a FileSystem and writes through an OutputSink: a folder swapped in
// atomically for `build`, nothing for `check`, memory for the preview server.
#pragma once

#include "diag/diagnostic.h"
#include "fs/file_system.h"
#include "output/sink.h"
#include "pipeline/build.h"

namespace itagen::pipeline {

// sink may be null only when options.render is false.
Build run(const fs::FileSystem& files, output::OutputSink* sink, const Options& options, diag::DiagnosticSink& diags,
          const Incremental& incremental = {});

}  // namespace itagen::pipeline
