// `check` ends with one warning per fiscal year naming how many OIT items are missing or stale,
// pointing to `itagen status` for which they are.
#pragma once

#include "diag/diagnostic.h"
#include "model/site_model.h"
#include "thai/dates.h"

namespace itagen::cli {

void warn_unready_years(const model::SiteModel& model, const thai::Date& today, diag::DiagnosticSink& sink);

}  // namespace itagen::cli
