// Printing diagnostics and timings for the terminal.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"
#include "diag/diagnostic.h"
#include "fs/file_system.h"

namespace itagen::cli {

void print_diagnostics(std::ostream& out, const diag::DiagnosticSink& sink, const fs::FileSystem& files);
void print_timings(std::ostream& out, const std::vector<pipeline::PhaseTime>& timings);

}  // namespace itagen::cli
