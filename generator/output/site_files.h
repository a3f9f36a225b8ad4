// The non-HTML files of a site: sitemap, robots.txt, Atom feed, open data exports, and the
// list of OIT links an office submits to the assessors.
#pragma once

#include <string>
#include <vector>

#include "views/pages.h"

namespace itagen::output {

std::string sitemap_xml(const views::ViewContext& ctx, const std::vector<views::PageJob>& pages);
std::string robots_txt(const views::ViewContext& ctx);
std::string atom_feed(const views::ViewContext& ctx);
std::string ita_json(const views::ViewContext& ctx);
std::string ita_history_csv(const views::ViewContext& ctx);
std::string oit_links_csv(const views::ViewContext& ctx, const model::OitYear& year);

}  // namespace itagen::output
