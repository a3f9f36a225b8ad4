// Pass: does the committee's plan answer last year's weak points, and does it fit its year?
#include <algorithm>
#include <set>

#include "model/passes.h"
#include "thai/dates.h"

namespace itagen::model {
namespace {

void check_weak_indicators_answered(const SiteModel& model, const content::MeasuresRecord& record,
                                    diag::DiagnosticSink& sink) {
  const YearResult* basis = model.result_for(record.based_on);
  if (!basis) {
    sink.warning(record.where,
                 "measures are based on the " + std::to_string(record.based_on) + " results, but content/scores/" +
                     std::to_string(record.based_on) + ".yaml does not exist",
                 "add the results the committee analysed, or set based_on");
    return;
  }
  std::set<int> answered;
  for (const auto& m : record.measures) answered.insert(m.indicators.begin(), m.indicators.end());
  for (const auto& p : record.analysis.urgent) answered.insert(p.indicator);
  for (const auto& p : record.analysis.improve) answered.insert(p.indicator);
  for (int weak : basis->weaknesses) {
    if (answered.count(weak)) continue;
    const auto* info = ita::find_indicator(weak);
    sink.warning(record.where,
                 "indicator " + std::to_string(weak) + " (" + std::string(info->name) + ") scored " +
                     basis->scores.indicators.at(weak).to_string() + " in " + std::to_string(record.based_on) +
                     ", below the target " + model.content.site.target.to_string() +
                     ", but no measure or analysis point answers it",
                 "add it to a measure's indicators, or to analysis.urgent or analysis.improve");
  }
}

void check_periods(const content::MeasuresRecord& record, diag::DiagnosticSink& sink) {
  // A period may start before the year (approved late in the previous one) or run past it,
  // but it must touch the fiscal year it is filed under.
  const thai::Date start = thai::fiscal_year_start(record.fiscal_year);
  const thai::Date end = thai::fiscal_year_end(record.fiscal_year);
  for (const auto& m : record.measures) {
    if (m.period_end < start || m.period_start > end) {
      sink.warning(m.period_where,
                   "the period of measure '" + m.id + "' lies outside fiscal year " + std::to_string(record.fiscal_year) +
                       " (" + thai::iso_date(start) + " to " + thai::iso_date(end) + ")",
                   "dates may be written in BE (2567-05-01) or CE (2024-05-01)");
    }
  }
}

}  // namespace

void check_measures(const SiteModel& model, diag::DiagnosticSink& sink) {
  for (const auto& [year, record] : model.content.measures) {
    check_weak_indicators_answered(model, record, sink);
    check_periods(record, sink);
    if (!record.committee_order.empty()) {
      auto it = model.content.committee.find(year);
      bool known = it != model.content.committee.end() && it->second.order &&
                   it->second.order->number == record.committee_order;
      if (!known) {
        sink.warning(record.where,
                     "committee order '" + record.committee_order + "' is not the order in content/committee/" +
                         std::to_string(year) + ".yaml",
                     "write the same order number in both files");
      }
    }
  }
}

}  // namespace itagen::model
