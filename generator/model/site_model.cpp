// SiteModel queries and the order of the assembly passes.
#include "model/site_model.h"

#include <cstdio>

#include "model/passes.h"

namespace itagen::model {

const YearResult* SiteModel::result_for(int fiscal_year) const {
  for (const auto& r : results) {
    if (r.fiscal_year == fiscal_year) return &r;
  }
  return nullptr;
}

const YearResult* SiteModel::latest_result() const {
  for (auto it = results.rbegin(); it != results.rend(); ++it) {
    if (it->total) return &*it;
  }
  return nullptr;
}

int SiteModel::current_year() const {
  int year = 0;
  for (int y : report_years) year = std::max(year, y);
  for (const auto& [y, _] : oit) year = std::max(year, y);
  return year;
}

std::string measure_key(int fiscal_year, const std::string& id) { return std::to_string(fiscal_year) + "/" + id; }

std::string oit_slug(const std::string& code) {
  int number = 0;
  for (char c : code) {
    if (c >= '0' && c <= '9') number = number * 10 + (c - '0');
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "o%02d", number);
  return buf;
}

std::unique_ptr<SiteModel> assemble(content::SiteContent content, diag::DiagnosticSink& sink) {
  auto model = std::make_unique<SiteModel>();
  model->content = std::move(content);
  for (const auto& [year, _] : model->content.measures) model->report_years.insert(year);
  for (const auto& [year, _] : model->content.no_gift) model->report_years.insert(year);
  for (const auto& [year, _] : model->content.reports) model->report_years.insert(year);
  for (const auto& [year, _] : model->content.committee) model->report_years.insert(year);
  resolve_oit(*model, sink);
  compute_results(*model, sink);
  collect_page_paths(*model);
  link_measures(*model, sink);
  check_measures(*model, sink);
  check_evidence(*model, sink);
  return model;
}

}  // namespace itagen::model
