// The shipped FY2566 framework, loaded the way a build loads it, for tests of the score maths
// and the rating.
#pragma once

#include "content/criteria_set.h"

namespace itagen::testing {

inline const ita::Framework& fy2566() {
  static const content::CriteriaSet set = [] {
    diag::DiagnosticSink sink;
    return content::CriteriaSet::assemble({}, sink);
  }();
  return *set.own(2566);
}

}  // namespace itagen::testing
