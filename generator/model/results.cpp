// Pass: published results to shown figures, cross-check warnings, history changes, and
// strengths/weaknesses against the office's target.
#include <algorithm>

#include "model/passes.h"
#include "model/published_scores.h"

namespace itagen::model {
namespace {

// Where a mismatch should point: the published figure's own line.
diag::SourceLocation location_of(const content::ScoresRecord& record, const std::string& figure) {
  if (figure == "total" && record.total) return record.total->where;
  if (auto it = record.tools.find(figure); it != record.tools.end()) return it->second.where;
  if (figure.rfind("indicator ", 0) == 0) {
    int n = std::atoi(figure.c_str() + 10);
    if (auto it = record.indicators.find(n); it != record.indicators.end()) return it->second.where;
  }
  if (figure.rfind("sub-indicator ", 0) == 0) {
    if (auto it = record.sub_indicators.find(figure.substr(14)); it != record.sub_indicators.end()) {
      return it->second.where;
    }
  }
  return record.where;
}

}  // namespace

void compute_results(SiteModel& model, diag::DiagnosticSink& sink) {
  const Score target = model.content.site.target;
  for (const auto& [year, record] : model.content.scores) {
    YearResult r;
    r.fiscal_year = year;
    r.record = &record;
    r.scores = ita::compute_scores(published_scores(record, model.criteria.for_year(year)));
    for (const auto& m : r.scores.mismatches) {
      sink.warning(location_of(record, m.figure),
                   "published " + m.figure + " " + m.published.to_string() + " differs from " + m.computed.to_string() +
                       " computed from " + m.basis,
                   "check the figure against the official result; the published figure is shown");
    }
    r.total = r.scores.total;
    if (r.total) {
      r.level = &ita::level_for(*r.total);
      if (record.level && record.level->value != r.level->code) {
        sink.warning(record.level->where,
                     "published level '" + record.level->value + "' does not match the total " + r.total->to_string() +
                         " (level " + std::string(r.level->code) + ")",
                     "levels: AA 95.00-100, A 85.00-94.99, B 75.00-84.99, C 65.00-74.99, D 55.00-64.99, E 50.00-54.99, F below 50");
      } else if (record.level) {
        r.level = ita::find_level(record.level->value);
      }
    }
    for (const auto& [n, score] : r.scores.indicators) {
      (score >= target ? r.strengths : r.weaknesses).push_back(n);
    }
    model.results.push_back(std::move(r));
  }
  // Changes from year to year, skipping years without a total.
  const YearResult* previous = nullptr;
  for (auto& r : model.results) {
    if (!r.total) continue;
    if (previous) {
      r.previous_year = previous->fiscal_year;
      r.change = *r.total - *previous->total;
      r.direction = r.change->hundredths() > 0 ? Direction::kUp
                    : r.change->hundredths() < 0 ? Direction::kDown
                                                 : Direction::kSame;
    }
    previous = &r;
  }
}

}  // namespace itagen::model
