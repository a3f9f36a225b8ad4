// The order of the assembly passes (passes.h).
#include "model/passes.h"

namespace itagen::model {

std::unique_ptr<SiteModel> assemble(content::SiteContent content, diag::DiagnosticSink& sink) {
  auto model = std::make_unique<SiteModel>();
  model->content = std::move(content);
  for (const auto& [year, _] : model->content.measures) model->report_years.insert(year);
  for (const auto& [year, _] : model->content.no_gift) model->report_years.insert(year);
  for (const auto& [year, _] : model->content.reports) model->report_years.insert(year);
  for (const auto& [year, _] : model->content.committee) model->report_years.insert(year);
  resolve_oit(*model, sink);
  compute_results(*model, sink);
  collect_routes(*model);
  link_measures(*model, sink);
  check_measures(*model, sink);
  check_evidence(*model, sink);
  return model;
}

}  // namespace itagen::model
