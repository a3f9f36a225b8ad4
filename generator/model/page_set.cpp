// Pass: every page the site will have, in the order they are rendered, so that links and
// evidence can be checked before anything is rendered and the views make exactly these pages.
#include "model/passes.h"

namespace itagen::model {

using routes::PageKind;

void collect_routes(SiteModel& model) {
  auto& out = model.routes;
  auto add = [&](std::string path, PageKind kind, int year = 0, std::size_t index = 0, std::size_t sub = 0) {
    out.push_back({std::move(path), kind, year, index, sub});
  };
  const auto& c = model.content;
  add(routes::home(), PageKind::kHome);
  if (!model.results.empty()) {
    add(routes::ita_history(), PageKind::kItaHistory);
    for (const auto& r : model.results) add(routes::ita_year(r.fiscal_year), PageKind::kItaYear, r.fiscal_year);
  }
  for (const auto& [year, oy] : model.oit) {
    add(routes::oit_index(year), PageKind::kOitIndex, year);
    for (std::size_t g = 0; g < oy.groups.size(); ++g) {
      for (std::size_t i = 0; i < oy.groups[g].items.size(); ++i) {
        add(routes::oit_item(year, oy.groups[g].items[i].item->code), PageKind::kOitItem, year, g, i);
      }
    }
  }
  for (const auto& [year, record] : c.measures) {
    add(routes::measures(year), PageKind::kMeasures, year);
    for (std::size_t i = 0; i < record.measures.size(); ++i) {
      add(routes::measure(year, record.measures[i].id), PageKind::kMeasure, year, i);
    }
  }
  for (const auto& [year, _] : c.no_gift) add(routes::no_gift(year), PageKind::kNoGift, year);
  for (const auto& [year, reports] : c.reports) {
    for (std::size_t i = 0; i < reports.size(); ++i) {
      add(routes::report_round(year, reports[i].round), PageKind::kReportRound, year, i);
    }
  }
  for (const auto& [year, _] : c.committee) add(routes::committee(year), PageKind::kCommittee, year);
  for (int year : model.report_years) add(routes::annual_report(year), PageKind::kAnnualReport, year);
  for (std::size_t i = 0; i < c.pages.size(); ++i) {
    if (!c.pages[i].draft) add(c.pages[i].slug, PageKind::kFreePage, 0, i);
  }
  add(routes::search(), PageKind::kSearch);
  add(routes::not_found(), PageKind::kNotFound);

  if (c.site.documents_pdf) {
    for (int year : model.report_years) model.documents.push_back(routes::document(routes::DocumentKind::kReport, year));
    for (const auto& [year, _] : c.measures) {
      model.documents.push_back(routes::document(routes::DocumentKind::kMeasures, year));
    }
    for (const auto& [year, _] : c.no_gift) model.documents.push_back(routes::document(routes::DocumentKind::kNoGift, year));
  }

  // Evidence may name any page but the 404 page.
  model.page_paths.reserve(out.size());
  for (const auto& route : out) {
    if (route.kind != PageKind::kNotFound) model.page_paths.insert(route.path);
  }
}

}  // namespace itagen::model
