// Diagnostics with the offending source line, and per-phase timings for --verbose.
#include "cli/report.h"

#include <algorithm>
#include <cstdio>

#include "cli/text_width.h"
#include "diag/printer.h"
#include "i18n/translate.h"

namespace itagen::cli {
namespace {

// The pipeline names its phases in English (pipeline.cpp, and bench/bench.py reads them from
// `build -v`); they are translated here, when printed. A phase not listed prints as it is named.
std::string phase_label(const std::string& id) {
  // TRANSLATORS: the phases of a build, as `itagen build -v` lists them with their times.
  if (id == "load") return i18n::trc("build phase", "load");
  if (id == "load (1 page)") return i18n::trc("build phase", "load (1 page)");
  if (id == "assemble+check") return i18n::trc("build phase", "assemble+check");
  if (id == "theme") return i18n::trc("build phase", "theme");
  if (id == "render+write") return i18n::trc("build phase", "render+write");
  if (id == "documents") return i18n::trc("build phase", "documents");
  return id;
}

}  // namespace

void print_diagnostics(std::ostream& out, const diag::DiagnosticSink& sink, const fs::FileSystem& files) {
  auto lookup = [&files](const std::string& path) { return files.read(path); };
  for (const auto& d : sink.diagnostics()) out << diag::format_diagnostic(d, lookup);
  if (sink.error_count() + sink.warning_count() > 0) out << diag::format_summary(sink);
}

void print_timings(std::ostream& out, const std::vector<pipeline::PhaseTime>& timings) {
  std::vector<std::pair<std::string, double>> rows;
  double total = 0;
  for (const auto& t : timings) {
    rows.emplace_back(phase_label(t.phase), t.milliseconds);
    total += t.milliseconds;
  }
  // TRANSLATORS: the sum of the build's phase times, last line of `itagen build -v`.
  rows.emplace_back(i18n::trc("build phase", "total"), total);
  // Names in columns as a terminal shows them (Thai marks above and below take none), at least 16.
  std::size_t width = 16;
  for (const auto& [label, ms] : rows) width = std::max(width, display_width(label));
  for (const auto& [label, ms] : rows) {
    char time[32];
    std::snprintf(time, sizeof time, " %9.2f ms\n", ms);
    out << "  " << pad(label, width) << time;
  }
}

}  // namespace itagen::cli
