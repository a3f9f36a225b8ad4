// Template data for the parts of a year that appear both on their own page and in the annual
// report (/report/<fy>/): results, analysis, a measure, the No Gift Policy, a monitoring report,
// the committee.
#pragma once

#include "views/view_context.h"

namespace itagen::views {

json result_data(const ViewContext& ctx, const model::YearResult& r);
json history_data(const ViewContext& ctx);
json analysis_data(const ViewContext& ctx, const content::MeasuresRecord& record);
json measure_data(const ViewContext& ctx, const content::MeasuresRecord& record, const content::Measure& m);
json no_gift_data(const ViewContext& ctx, const content::NoGiftRecord& record);
json report_data(const ViewContext& ctx, const content::ReportRecord& report);
json committee_data(const ViewContext& ctx, const content::CommitteeRecord& record);

}  // namespace itagen::views
