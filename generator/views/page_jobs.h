// One function per page kind of the route table (model/routes.h), each making the page's job:
// its template and the function that builds its data. page_list.cpp dispatches to them.
#pragma once

#include "views/pages.h"

namespace itagen::views {

using model::routes::Route;

PageJob home_job(const ViewContext& ctx, const Route& route);           // home_and_report_pages.cpp
PageJob annual_report_job(const ViewContext& ctx, const Route& route);  // home_and_report_pages.cpp
PageJob oit_index_job(const ViewContext& ctx, const Route& route);      // oit_pages.cpp
PageJob oit_item_job(const ViewContext& ctx, const Route& route);       // oit_pages.cpp
PageJob ita_history_job(const ViewContext& ctx, const Route& route);    // year_pages.cpp, and below
PageJob ita_year_job(const ViewContext& ctx, const Route& route);
PageJob measures_job(const ViewContext& ctx, const Route& route);
PageJob measure_job(const ViewContext& ctx, const Route& route);
PageJob no_gift_job(const ViewContext& ctx, const Route& route);
PageJob report_round_job(const ViewContext& ctx, const Route& route);
PageJob committee_job(const ViewContext& ctx, const Route& route);
PageJob free_page_job(const ViewContext& ctx, const Route& route);
PageJob search_job(const ViewContext& ctx, const Route& route);
PageJob not_found_job(const ViewContext& ctx, const Route& route);

// Puts the page's metadata beside its data.
inline json with_meta(json data, json meta) {
  data["page"] = std::move(meta);
  return data;
}

}  // namespace itagen::views
