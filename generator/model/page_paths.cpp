// Pass: the set of every page the site will have, so links and evidence can be checked
// before anything is rendered.
#include "model/passes.h"

namespace itagen::model {

void collect_page_paths(SiteModel& model) {
  auto& paths = model.page_paths;
  paths.insert("");
  paths.insert("ita");
  paths.insert("search");
  for (const auto& r : model.results) paths.insert("ita/" + std::to_string(r.fiscal_year));
  for (const auto& [year, oy] : model.oit) {
    std::string base = "oit/" + std::to_string(year);
    paths.insert(base);
    for (const auto& group : oy.groups) {
      for (const auto& item : group.items) paths.insert(base + "/" + item.slug);
    }
  }
  for (const auto& [year, record] : model.content.measures) {
    std::string base = "measures/" + std::to_string(year);
    paths.insert(base);
    for (const auto& m : record.measures) paths.insert(base + "/" + m.id);
  }
  for (const auto& [year, _] : model.content.no_gift) paths.insert("no-gift/" + std::to_string(year));
  for (const auto& [year, reports] : model.content.reports) {
    for (const auto& r : reports) paths.insert("reports/" + std::to_string(year) + "/" + r.round);
  }
  for (const auto& [year, _] : model.content.committee) paths.insert("committee/" + std::to_string(year));
  for (int year : model.report_years) paths.insert("report/" + std::to_string(year));
  for (const auto& page : model.content.pages) {
    if (!page.draft) paths.insert(page.slug);
  }
}

}  // namespace itagen::model
