// Which criteria catalog a fiscal year uses: one answer for the model, the scaffolds and
// everything else. The catalogs are those that ship with the generator and the site's own
// content/criteria/<fy>.yaml, which replaces the shipped one of its year.
#pragma once

#include <map>
#include <memory>
#include <vector>

#include "content/records.h"
#include "diag/diagnostic.h"

namespace itagen::content {

class CriteriaSet {
 public:
  // site_criteria: the site's own catalogs by fiscal year. Problems in the shipped catalogs
  // (there should be none) go to sink.
  static CriteriaSet assemble(const std::map<int, Catalog>& site_criteria, diag::DiagnosticSink& sink);

  // The year's own catalog, else the latest earlier one; nullptr when there is none. A catalog
  // of an earlier year is provisional for this one.
  const Catalog* for_year(int fiscal_year) const;

 private:
  std::vector<std::unique_ptr<Catalog>> catalogs_;  // ascending fiscal year; pointers stay valid
};

}  // namespace itagen::content
