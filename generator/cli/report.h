// Printing diagnostics and timings for the terminal.
#pragma once

#include <ostream>
#include <string>

#include "build/pipeline.h"
#include "diag/diagnostic.h"
#include "fs/file_system.h"

namespace itagen::cli {

void print_diagnostics(std::ostream& out, const diag::DiagnosticSink& sink, const fs::FileSystem& files);
void print_timings(std::ostream& out, const build::Result& result);

}  // namespace itagen::cli
