// Every HTML page as a job: its path, the template that renders it, and a function that
// builds its data when the page is rendered (so pages can be rendered in parallel and never
// all held in memory at once).
#pragma once

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "views/view_context.h"

namespace itagen::views {

struct PageJob {
  std::string path;  // "" for home, "measures/2567", "404" is special (written as 404.html)
  std::string type;  // template name: home, ita_history, ita_year, oit_index, ...
  // The template data. A page whose text comes from the model puts it under search_text_key
  // ({"text": shown in results, "more": searchable too}); the pipeline hands it to the search
  // index and takes it out before rendering. Pages without it are indexed from their HTML.
  std::function<json()> data;
  // Content files this page reads (site.yaml and the theme are implied for every page): lets
  // the preview server re-render only what an edit affects.
  std::set<std::string> sources;
};

inline constexpr const char* search_text_key = "search_text";

json site_data(const ViewContext& ctx);
// One job per page of the route table (SiteModel::routes), in the same order.
std::vector<PageJob> site_pages(const ViewContext& ctx);

// Page metadata shared by every page type.
json page_meta(const ViewContext& ctx, const std::string& path, const std::string& title,
               const std::vector<std::pair<std::string, std::string>>& breadcrumbs, const std::string& section);

}  // namespace itagen::views
