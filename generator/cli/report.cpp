// Diagnostics with the offending source line, and per-phase timings for --verbose.
#include "cli/report.h"

#include <cstdio>

#include "diag/printer.h"

namespace itagen::cli {

void print_diagnostics(std::ostream& out, const diag::DiagnosticSink& sink, const fs::FileSystem& files) {
  auto lookup = [&files](const std::string& path) { return files.read(path); };
  for (const auto& d : sink.diagnostics()) out << diag::format_diagnostic(d, lookup);
  if (sink.error_count() + sink.warning_count() > 0) out << diag::format_summary(sink);
}

void print_timings(std::ostream& out, const std::vector<pipeline::PhaseTime>& timings) {
  double total = 0;
  for (const auto& t : timings) {
    char line[96];
    std::snprintf(line, sizeof line, "  %-16s %9.2f ms\n", t.phase.c_str(), t.milliseconds);
    out << line;
    total += t.milliseconds;
  }
  char line[96];
  std::snprintf(line, sizeof line, "  %-16s %9.2f ms\n", "total", total);
  out << line;
}

}  // namespace itagen::cli
