// Every fiscal year's framework, and the one answer to "which framework does this year use".
// The frameworks are the files shipped with the generator and the site's own
// content/criteria/<fy>.yaml, which replaces the shipped file of its year. A file that leaves
// out a section inherits it from based_on (by default the latest earlier year); the sections
// are then checked against each other, with errors located in the file that was written.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <vector>

#include "content/records.h"
#include "diag/diagnostic.h"
#include "ita/framework.h"

namespace itagen::content {

class CriteriaSet {
 public:
  // unreadable: files whose own errors were reported: their sections are not checked against
  // each other, which would only repeat those errors.
  static CriteriaSet assemble(const std::map<int, CriteriaFile>& site_criteria, diag::DiagnosticSink& sink,
                              const std::set<std::string>& unreadable = {});
  // Parses the shipped criteria, which assemble() does once per process, now: a build calls it
  // on a thread of its own while the content loads.
  static void prepare_shipped();

  // The year's own framework, else the latest earlier one (which is then provisional for this
  // year); nullptr when there is none.
  const ita::Framework* for_year(int fiscal_year) const;
  // The year's own framework only.
  const ita::Framework* own(int fiscal_year) const;
  // for_year, or for a year before every framework the earliest one: the results of old years
  // (history only) are read on the first scale known.
  const ita::Framework* for_history(int fiscal_year) const;
  // Years that have their own framework, ascending.
  std::vector<int> years() const;

 private:
  std::map<int, std::unique_ptr<ita::Framework>> frameworks_;  // pointers stay valid
};

}  // namespace itagen::content
