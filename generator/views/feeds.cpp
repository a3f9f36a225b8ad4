// sitemap.xml and robots.txt.
#include <algorithm>

#include "text/escape.h"
#include "views/site_files.h"

namespace itagen::views {

using text::html_escape;
namespace routes = model::routes;

std::string sitemap_xml(const ViewContext& ctx, const std::vector<PageJob>& pages) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  std::vector<std::string> paths;
  for (const auto& p : pages) {
    if (p.path != routes::not_found()) paths.push_back(p.path);
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) out += "  <url><loc>" + html_escape(ctx.absolute_url(path)) + "</loc></url>\n";
  out += "</urlset>\n";
  return out;
}

std::string robots_txt(const ViewContext& ctx) {
  return "User-agent: *\nAllow: /\n\nSitemap: " + ctx.urls().absolute_file_url(routes::sitemap()) + "\n";
}

}  // namespace itagen::views
