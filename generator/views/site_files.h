// The site's files other than pages, made from the model like any page: sitemap, robots.txt,
// open data exports (the Atom feed: views/atom_feed.h), and the list of OIT links an office submits to the assessors.
#pragma once

#include <string>
#include <vector>

#include "views/pages.h"

namespace itagen::views {

std::string sitemap_xml(const ViewContext& ctx, const std::vector<PageJob>& pages);
std::string robots_txt(const ViewContext& ctx);
std::string ita_json(const ViewContext& ctx);
std::string ita_history_csv(const ViewContext& ctx);
std::string oit_links_csv(const ViewContext& ctx, const model::OitYear& year);

}  // namespace itagen::views
