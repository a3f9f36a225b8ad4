// content/reports/<fy>/<round>.yaml: a monitoring report on the year's measures.
#include "content/parsers.h"
#include "content/rounds.h"
#include "content/field_readers.h"
#include "content/text_checks.h"
#include "i18n/translate.h"

namespace itagen::content {
namespace {

using namespace detail;

const std::vector<std::string> kStatuses = {"planned", "in_progress", "done", "dropped"};

// The folder above the file: content/reports/2567/6m.yaml -> "2567".
std::string folder_name(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return {};
  return base_name(path.substr(0, slash));
}

ReportStatus status_of(const std::string& word) {
  if (word == "in_progress") return ReportStatus::kInProgress;
  if (word == "done") return ReportStatus::kDone;
  if (word == "dropped") return ReportStatus::kDropped;
  return ReportStatus::kPlanned;
}

std::optional<ReportEntry> read_entry(Reader& r, const Value& v) {
  Fields f(r, v, {"id", "status", "progress", "results", "problems", "evidence"});
  if (!f.ok()) return std::nullopt;
  ReportEntry e;
  e.where = f.where();
  e.id = f.text("id", Need::kRequired);
  if (auto status = as_choice(r, f.value("status", Need::kRequired), kStatuses, "status")) {
    e.status = status_of(*status);
  }
  Value progress = f.value("progress");
  e.progress = as_int(r, progress);
  if (e.progress && (*e.progress < 0 || *e.progress > 100)) {
    r.error(progress.where, i18n::tr("progress '{0}' is outside 0 to 100", std::to_string(*e.progress)),
            i18n::tr("write the percent done, from 0 to 100"));
    e.progress.reset();
  }
  e.results = f.md("results");
  e.problems = f.md("problems");
  e.evidence = as_evidence_list(r, f.value("evidence"));
  return e;
}

std::optional<ReportRecord> read_report(Reader& r, const Value& top) {
  Fields f(r, top, {"fiscal_year", "round", "as_of", "summary", "measures"});
  ReportRecord rec;
  rec.where = f.where();
  std::string folder = folder_name(r.path());
  auto year = read_fiscal_year(f, four_digit_year(folder), i18n::tr("folder '{0}'", folder));
  if (!year) return std::nullopt;
  rec.fiscal_year = *year;
  Value round = f.value("round", Need::kRequired);
  auto word = as_choice(r, round, round_codes(), "round");
  if (!word) return std::nullopt;
  rec.round = *word;
  if (stem(r.path()) != rec.round) {
    r.error(round.where, i18n::tr("round '{0}' does not match the file name '{1}'", rec.round, base_name(r.path())),
            i18n::tr("write 'round: {0}', or rename the file to {1}.yaml", stem(r.path()), rec.round));
  }
  rec.as_of = as_date(r, f.value("as_of"));
  rec.summary = f.md("summary");
  for (const auto& element : as_list(r, f.value("measures"))) {
    if (auto entry = read_entry(r, element)) rec.measures.push_back(std::move(*entry));
  }
  return rec;
}

}  // namespace

std::optional<ReportRecord> parse_report(std::string_view text, const std::string& path, diag::DiagnosticSink& sink) {
  return parse_yaml_file(text, path, sink, read_report);
}

}  // namespace itagen::content
