// The shipped and the site's criteria catalogs (criteria_set.h).
#include "content/criteria_set.h"

#include <algorithm>

#include "content/parsers.h"
#include "ita/builtin_catalogs.h"

namespace itagen::content {

CriteriaSet CriteriaSet::assemble(const std::map<int, Catalog>& site_criteria, diag::DiagnosticSink& sink) {
  CriteriaSet set;
  for (const auto& [year, text] : ita::builtin_catalog_sources()) {
    if (site_criteria.count(year)) continue;  // the site's own list wins
    std::string path = "generator/data/criteria/" + std::to_string(year) + ".yaml";
    if (auto catalog = parse_catalog(text, path, sink)) {
      catalog->source = "builtin";
      set.catalogs_.push_back(std::make_unique<Catalog>(std::move(*catalog)));
    }
  }
  for (const auto& [year, catalog] : site_criteria) set.catalogs_.push_back(std::make_unique<Catalog>(catalog));
  std::stable_sort(set.catalogs_.begin(), set.catalogs_.end(),
                   [](const auto& a, const auto& b) { return a->fiscal_year < b->fiscal_year; });
  return set;
}

const Catalog* CriteriaSet::for_year(int fiscal_year) const {
  const Catalog* best = nullptr;
  for (const auto& c : catalogs_) {
    if (c->fiscal_year <= fiscal_year) best = c.get();
  }
  return best;
}

}  // namespace itagen::content
