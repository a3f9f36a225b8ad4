// One readiness warning per fiscal year (readiness_warnings.h).
#include "cli/readiness_warnings.h"

#include "model/readiness.h"

namespace itagen::cli {

void warn_unready_years(const model::SiteModel& model, const thai::Date& today, diag::DiagnosticSink& sink) {
  for (const auto& [year, oy] : model.oit) {
    model::Readiness r = model::readiness_for(model, year, today);
    const int missing = r.count(model::ItemState::kMissing) + r.count(model::ItemState::kBroken);
    const int stale = r.count(model::ItemState::kStale);
    if (missing + stale == 0) continue;
    const std::string fy = std::to_string(year);
    sink.warning({"content/oit/" + fy, 0, 0},
                 "fiscal year " + fy + ": " + std::to_string(missing) + " of " + std::to_string(r.items.size()) +
                     " OIT items are missing" + (stale ? " and " + std::to_string(stale) + " are stale" : std::string()),
                 "run `itagen status --year " + fy + "` to see which, and who is responsible for them");
  }
}

}  // namespace itagen::cli
