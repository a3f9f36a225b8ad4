// SiteModel queries.
#include "model/site_model.h"

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

const routes::DocumentRoute* SiteModel::document_for(const std::string& page_path) const {
  for (const auto& d : documents) {
    if (d.page_path == page_path) return &d;
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

}  // namespace itagen::model
