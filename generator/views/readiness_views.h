// A year's readiness (model/readiness.h) in the forms people and programs read: JSON and CSV for
// `itagen status --format`, Thai words for the text report, and template data for the preview's
// /_status/ page.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "model/readiness.h"
#include "views/pages.h"
#include "views/view_context.h"

namespace itagen::views {

// The contract's JSON: fiscal_year, deadline, items [{code, title, sub_indicator, state,
// responsible, updated, problems}], summary {by_state, by_group}, gaps.
nlohmann::json readiness_json(const model::Readiness& r, const thai::Date& today);
// One row per item, UTF-8 with a BOM so that Excel reads the Thai.
std::string readiness_csv(const model::Readiness& r);

// Thai words for the text report and the page.
std::string state_label(model::ItemState state);
std::string problem_text(const model::Problem& p, int fiscal_year);
std::string gap_text(const model::Gap& g);
// Days from today to the deadline (negative when it has passed).
long days_until(const thai::Date& today, const thai::Date& deadline);

// The /_status/ page: items by responsible group, each with its page and the file to edit.
nlohmann::json readiness_page_data(const ViewContext& ctx, const model::Readiness& r, const thai::Date& today);
// Its job, for the preview server only (model::routes::status_page()).
PageJob status_job(const ViewContext& ctx, const model::Readiness& r, const thai::Date& today);

}  // namespace itagen::views
