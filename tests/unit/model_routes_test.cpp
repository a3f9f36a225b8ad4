// The route table: every URL shape of the site, the output file of each page, and URLs under
// the base path.
#include <doctest/doctest.h>

#include "model/routes.h"

namespace routes = itagen::model::routes;

TEST_CASE("base_path_is_the_path_of_the_base_url") {
  CHECK(routes::base_path_of("https://www.example.go.th/ita/") == "/ita/");
  CHECK(routes::base_path_of("https://www.example.go.th/ita") == "/ita/");
  CHECK(routes::base_path_of("https://www.example.go.th") == "/");
  CHECK(routes::base_path_of("https://www.example.go.th/") == "/");
  CHECK(routes::base_path_of("https://www.example.go.th/ita/?x=1#top") == "/ita/");
  CHECK(routes::base_path_of("/ita/") == "/ita/");
}

TEST_CASE("page_paths_follow_the_contract") {
  CHECK(routes::home() == "");
  CHECK(routes::ita_history() == "ita");
  CHECK(routes::ita_year(2566) == "ita/2566");
  CHECK(routes::oit_index(2567) == "oit/2567");
  CHECK(routes::oit_item(2567, "O1") == "oit/2567/o01");
  CHECK(routes::oit_item(2567, "O43") == "oit/2567/o43");
  CHECK(routes::measures(2567) == "measures/2567");
  CHECK(routes::measure(2567, "transparent-personnel") == "measures/2567/transparent-personnel");
  CHECK(routes::no_gift(2567) == "no-gift/2567");
  CHECK(routes::report_round(2567, "6m") == "reports/2567/6m");
  CHECK(routes::committee(2567) == "committee/2567");
  CHECK(routes::annual_report(2567) == "report/2567");
  CHECK(routes::oit_links_csv(2567) == "oit/2567/links.csv");
  CHECK(routes::ita_json() == "data/ita.json");
  CHECK(routes::ita_history_csv() == "data/ita-history.csv");
}

TEST_CASE("each_page_is_written_as_a_folder_index_but_404_is_a_file") {
  CHECK(routes::output_file("") == "index.html");
  CHECK(routes::output_file("measures/2567") == "measures/2567/index.html");
  CHECK(routes::output_file(routes::not_found()) == "404.html");
}

TEST_CASE("urls_live_under_the_base_path_and_are_percent_encoded") {
  routes::Urls urls("https://www.example.go.th/ita");
  CHECK(urls.base_url() == "https://www.example.go.th/ita/");
  CHECK(urls.base_path() == "/ita/");
  CHECK(urls.url("") == "/ita/");
  CHECK(urls.url("measures/2567") == "/ita/measures/2567/");
  CHECK(urls.absolute_url("measures/2567") == "https://www.example.go.th/ita/measures/2567/");
  CHECK(urls.url(routes::not_found()) == "/ita/404.html");
  CHECK(urls.absolute_url(routes::not_found()) == "https://www.example.go.th/ita/404.html");
  CHECK(urls.url("about/ติดต่อ เรา") == "/ita/about/%E0%B8%95%E0%B8%B4%E0%B8%94%E0%B8%95%E0%B9%88%E0%B8%AD%20%E0%B9%80%E0%B8%A3%E0%B8%B2/");
  CHECK(urls.file_url("files/a b.pdf") == "/ita/files/a%20b.pdf");
  CHECK(urls.absolute_file_url(routes::sitemap()) == "https://www.example.go.th/ita/sitemap.xml");
}
