// Every page of the site as a job: the route table's pages, each with its template and the
// function that builds its data when the page is rendered (so pages can be rendered in
// parallel and are never all held in memory at once).
#include "views/page_jobs.h"

namespace itagen::views {
namespace {

PageJob job_for(const ViewContext& ctx, const Route& route) {
  using model::routes::PageKind;
  switch (route.kind) {
    case PageKind::kHome: return home_job(ctx, route);
    case PageKind::kItaHistory: return ita_history_job(ctx, route);
    case PageKind::kItaYear: return ita_year_job(ctx, route);
    case PageKind::kOitIndex: return oit_index_job(ctx, route);
    case PageKind::kOitItem: return oit_item_job(ctx, route);
    case PageKind::kMeasures: return measures_job(ctx, route);
    case PageKind::kMeasure: return measure_job(ctx, route);
    case PageKind::kNoGift: return no_gift_job(ctx, route);
    case PageKind::kReportRound: return report_round_job(ctx, route);
    case PageKind::kCommittee: return committee_job(ctx, route);
    case PageKind::kAnnualReport: return annual_report_job(ctx, route);
    case PageKind::kFreePage: return free_page_job(ctx, route);
    case PageKind::kSearch: return search_job(ctx, route);
    case PageKind::kNotFound: return not_found_job(ctx, route);
  }
  return not_found_job(ctx, route);
}

}  // namespace

std::vector<PageJob> site_pages(const ViewContext& ctx) {
  std::vector<PageJob> jobs;
  jobs.reserve(ctx.model().routes.size());
  for (const auto& route : ctx.model().routes) jobs.push_back(job_for(ctx, route));
  return jobs;
}

}  // namespace itagen::views
