// One readiness warning per fiscal year (readiness_warnings.h).
#include "cli/readiness_warnings.h"

#include "model/readiness.h"
#include "i18n/translate.h"

namespace itagen::cli {

void warn_unready_years(const model::SiteModel& model, const thai::Date& today, diag::DiagnosticSink& sink) {
  for (const auto& [year, oy] : model.oit) {
    model::Readiness r = model::readiness_for(model, year, today);
    const int missing = r.count(model::ItemState::kMissing) + r.count(model::ItemState::kBroken);
    const int stale = r.count(model::ItemState::kStale);
    if (missing + stale == 0) continue;
    const std::string fy = std::to_string(year);
    sink.warning({"content/oit/" + fy, 0, 0},
                 stale ? i18n::tr("fiscal year {0}: {1} of {2} OIT items are missing and {3} are stale", fy, missing,
                                  r.items.size(), stale)
                       : i18n::tr("fiscal year {0}: {1} of {2} OIT items are missing", fy, missing, r.items.size()),
                 i18n::tr("run `itagen status --year {0}` to see which, and who is responsible for them", fy));
  }
}

}  // namespace itagen::cli
