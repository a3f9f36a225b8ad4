// Preview server routing: exact lookups in the built file map, redirects, content types, and
// refusal of every path that could reach outside the site.
#include <doctest/doctest.h>

#include "server/routing.h"

using itagen::server::content_type_for;
using itagen::server::FileMap;
using itagen::server::route;
using itagen::server::SiteSnapshot;

namespace {

SiteSnapshot site(const std::string& base_path = "/ita/") {
  SiteSnapshot s;
  auto files = std::make_shared<FileMap>();
  for (const auto& [path, bytes] : std::map<std::string, std::string>{{"index.html", "<p>home</p>"},
                                                                      {"measures/2567/index.html", "<p>measures</p>"},
                                                                      {"404.html", "<p>not here</p>"},
                                                                      {"sitemap.xml", "<urlset/>"},
                                                                      {"feed.xml", "<feed/>"},
                                                                      {"files/a b.pdf", "%PDF"}}) {
    (*files)[path] = std::make_shared<const itagen::output::SharedFile>(std::string(bytes));
  }
  s.files = files;
  s.base_path = base_path;
  return s;
}

}  // namespace

TEST_CASE("serves_pages_under_the_base_path_and_at_the_root") {
  auto s = site();
  auto r = route(s, "/ita/measures/2567/");
  CHECK(r.status == 200);
  CHECK(r.body == "<p>measures</p>");
  CHECK(r.content_type == "text/html; charset=utf-8");
  CHECK(r.is_page);
  CHECK(route(s, "/measures/2567/").body == "<p>measures</p>");
  CHECK(route(s, "/ita/").body == "<p>home</p>");
  CHECK(route(s, "/ita/measures/2567/index.html?x=1").body == "<p>measures</p>");
  CHECK(route(s, "/ita/files/a%20b.pdf").body == "%PDF");
}

TEST_CASE("redirects_the_root_and_folders_without_a_slash") {
  auto s = site();
  auto root = route(s, "/");
  CHECK(root.status == 302);
  CHECK(root.location == "/ita/");
  CHECK(route(s, "/ita").location == "/ita/");
  auto folder = route(s, "/ita/measures/2567");
  CHECK(folder.status == 301);
  CHECK(folder.location == "/ita/measures/2567/");
  CHECK(route(site("/"), "/").body == "<p>home</p>");
}

TEST_CASE("answers_unknown_paths_with_the_sites_404_page") {
  auto r = route(site(), "/ita/nope/");
  CHECK(r.status == 404);
  CHECK(r.body == "<p>not here</p>");
  CHECK(r.is_page);
}

TEST_CASE("refuses_traversal_encoded_slashes_nul_and_long_paths") {
  auto s = site();
  for (const char* target : {"/../etc/passwd", "/ita/../index.html", "/%2e%2e/%2e%2e/etc/passwd",
                             "/ita/..%2f..%2fsite.yaml", "/ita/measures%2f2567/", "//etc/passwd", "/ita//index.html",
                             "/ita/./index.html", "/ita/..\\..\\site.yaml", "/ita/%2E%2E/index.html"}) {
    auto r = route(s, target);
    CHECK_MESSAGE(r.status == 404, std::string(target));
    CHECK_MESSAGE(r.body == "<p>not here</p>", std::string(target));
  }
  for (const char* target : {"/ita/%00", "/ita/index.html%00.pdf", "/ita/%zz", "/ita/%2", "ita/", "*",
                             "http://example.com/ita/", "/ita/%0d%0aSet-Cookie:x"}) {
    CHECK_MESSAGE(route(s, target).status == 400, std::string(target));
  }
  CHECK(route(s, "/ita/" + std::string(5000, 'a')).status == 404);
}

TEST_CASE("names_content_types_by_extension") {
  CHECK(content_type_for("a/index.html") == "text/html; charset=utf-8");
  CHECK(content_type_for("assets/style.css") == "text/css; charset=utf-8");
  CHECK(content_type_for("x.svg") == "image/svg+xml");
  CHECK(content_type_for("oit/2567/links.csv") == "text/csv; charset=utf-8");
  CHECK(content_type_for("data/ita.json") == "application/json");
  CHECK(content_type_for("sitemap.xml") == "application/xml");
  CHECK(content_type_for("feed.xml") == "application/atom+xml");
  CHECK(content_type_for("files/a.pdf") == "application/pdf");
  CHECK(content_type_for("a.png") == "image/png");
  CHECK(content_type_for("a.jpg") == "image/jpeg");
  CHECK(content_type_for("robots.txt") == "text/plain; charset=utf-8");
  CHECK(content_type_for("files/a.docx") == "application/octet-stream");
}
