// Pass: does the committee's plan answer last year's weak points, and does it fit its year?
#include <algorithm>
#include <set>

#include "model/passes.h"
#include "thai/dates.h"
#include "i18n/translate.h"

namespace itagen::model {
namespace {

void check_weak_indicators_answered(const SiteModel& model, const content::MeasuresRecord& record,
                                    diag::DiagnosticSink& sink) {
  const YearResult* basis = model.result_for(record.based_on);
  if (!basis) {
    sink.warning(record.where,
                 i18n::tr("measures are based on the {0} results, but content/scores/{1}.yaml does not exist",
                          std::to_string(record.based_on), std::to_string(record.based_on)),
                 i18n::tr("add the results the committee analysed, or set based_on"));
    return;
  }
  std::set<int> answered;
  for (const auto& m : record.measures) answered.insert(m.indicators.begin(), m.indicators.end());
  for (const auto& p : record.analysis.urgent) answered.insert(p.indicator);
  for (const auto& p : record.analysis.improve) answered.insert(p.indicator);
  for (int weak : basis->weaknesses) {
    if (answered.count(weak)) continue;
    const auto* info = basis->framework->find_indicator(weak);
    sink.warning(
        record.where,
        i18n::tr(
            "indicator {0} ({1}) scored {2} in {3}, below the target {4}, but no measure or analysis point answers it",
            std::to_string(weak), (info ? info->title : std::string()), basis->scores.indicators.at(weak).to_string(),
            std::to_string(record.based_on), model.content.site.target.to_string()),
        i18n::tr("add it to a measure's indicators, or to analysis.urgent or analysis.improve"));
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
                   i18n::tr("the period of measure '{0}' lies outside fiscal year {1} ({2} to {3})", m.id,
                            std::to_string(record.fiscal_year), thai::be_date(start), thai::be_date(end)),
                   i18n::tr("dates may be written in BE (2567-05-01) or CE (2024-05-01)"));
    }
  }
}

// The indicators named are those of the results analysed (based_on); the OIT items, those of
// the year the measures run in.
void check_references(const SiteModel& model, const content::MeasuresRecord& record, diag::DiagnosticSink& sink) {
  const ita::Framework* results_fw = model.criteria.for_history(record.based_on);
  const ita::Framework* year_fw = model.criteria.for_history(record.fiscal_year);
  auto check_indicator = [&](int n, const diag::SourceLocation& where) {
    if (!results_fw || results_fw->find_indicator(n)) return;
    sink.error(where, i18n::tr("unknown indicator '{0}'", std::to_string(n)),
               i18n::tr("the measures answer the {0} results (based_on: {1}), whose indicators are 1 to {2}",
                        std::to_string(record.based_on), std::to_string(record.based_on),
                        std::to_string(results_fw->indicators.size())));
  };
  for (const auto* points : {&record.analysis.strengths, &record.analysis.urgent, &record.analysis.improve}) {
    for (const auto& p : *points) check_indicator(p.indicator, p.indicator_where);
  }
  for (const auto& m : record.measures) {
    for (std::size_t i = 0; i < m.indicators.size(); ++i) {
      check_indicator(m.indicators[i], i < m.indicator_where.size() ? m.indicator_where[i] : m.where);
    }
    for (std::size_t i = 0; year_fw && i < m.items.size(); ++i) {
      if (year_fw->find(m.items[i])) continue;
      sink.error(i < m.item_where.size() ? m.item_where[i] : m.where,
                 i18n::tr("unknown OIT item '{0}' for fiscal year {1}", m.items[i], std::to_string(record.fiscal_year)),
                 year_fw->items.empty()
                     ? i18n::tr("the year's criteria list no items")
                     : i18n::tr("the items are {0} to {1}", year_fw->items.front().code, year_fw->items.back().code));
    }
  }
}

}  // namespace

void check_measures(const SiteModel& model, diag::DiagnosticSink& sink) {
  for (const auto& [year, record] : model.content.measures) {
    check_references(model, record, sink);
    check_weak_indicators_answered(model, record, sink);
    check_periods(record, sink);
    if (!record.committee_order.empty()) {
      auto it = model.content.committee.find(year);
      bool known = it != model.content.committee.end() && it->second.order &&
                   it->second.order->number == record.committee_order;
      if (!known) {
        sink.warning(record.where,
                     i18n::tr("committee order '{0}' is not the order in content/committee/{1}.yaml",
                              record.committee_order, std::to_string(year)),
                     i18n::tr("write the same order number in both files"));
      }
    }
  }
}

}  // namespace itagen::model
