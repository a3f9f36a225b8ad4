// The rule for web addresses (content/web_address.h): http:// or https://, and what to write
// instead when the scheme is missing.
#include <doctest/doctest.h>

#include "content/web_address.h"

using namespace itagen;

namespace {

std::string problem(std::string_view url) {
  auto p = content::web_address_problem(url);
  return p ? p->message + " | " + p->hint : "";
}

std::string base_problem(std::string_view url) {
  auto p = content::base_url_problem(url);
  return p ? p->message + " | " + p->hint : "";
}

}  // namespace

TEST_CASE("accepts_http_and_https_addresses") {
  CHECK(problem("https://www.example.go.th/x") == "");
  CHECK(problem("http://www.example.go.th/") == "");
  CHECK(problem("HTTPS://WWW.EXAMPLE.GO.TH/") == "");
  CHECK(problem("https://line.me/R/ti/p/@example") == "");
}

TEST_CASE("an_address_without_a_scheme_says_what_to_write") {
  CHECK(problem("www.example.go.th/x") ==
        "web address 'www.example.go.th/x' has no http:// or https:// | write https://www.example.go.th/x");
  CHECK(problem("example.go.th") == "web address 'example.go.th' has no http:// or https:// | write https://example.go.th");
  CHECK(problem("www.example.go.th:8080/x") ==
        "web address 'www.example.go.th:8080/x' has no http:// or https:// | write https://www.example.go.th:8080/x");
  CHECK(problem("localhost:8080/x") ==
        "web address 'localhost:8080/x' has no http:// or https:// | write https://localhost:8080/x");
  CHECK(problem("//www.example.go.th/x") ==
        "web address '//www.example.go.th/x' has no http:// or https:// | write https://www.example.go.th/x");
  CHECK(problem("/news/1") == "web address '/news/1' has no http:// or https:// | write the whole address with "
                              "the web site's name, such as https://www.example.go.th/news/1");
}

TEST_CASE("another_scheme_is_not_a_web_address") {
  CHECK(problem("ftp://files.example.go.th/a.pdf") ==
        "web address 'ftp://files.example.go.th/a.pdf' does not start with http:// or https:// | link to a web "
        "page, with an address that starts with https://");
  CHECK(problem("mailto:ita@example.go.th") ==
        "web address 'mailto:ita@example.go.th' does not start with http:// or https:// | link to a web page, with "
        "an address that starts with https://");
}

TEST_CASE("a_scheme_without_a_site_is_reported") {
  CHECK(problem("https://") == "web address 'https://' names no web site | write the whole address, such as "
                               "https://www.example.go.th/");
  CHECK(problem("http:///x") == "web address 'http:///x' names no web site | write the whole address, such as "
                                "https://www.example.go.th/");
}

TEST_CASE("empty_is_left_to_the_field_reader") { CHECK(problem("") == ""); }

TEST_CASE("a_base_url_may_be_a_path_from_the_root") {
  CHECK(base_problem("/") == "");
  CHECK(base_problem("/ita/") == "");
  CHECK(base_problem("https://www.example.go.th/ita/") == "");
  CHECK(base_problem("www.example.go.th/ita/") ==
        "web address 'www.example.go.th/ita/' has no http:// or https:// | write https://www.example.go.th/ita/");
  CHECK(base_problem("//www.example.go.th/ita/") ==
        "web address '//www.example.go.th/ita/' has no http:// or https:// | write https://www.example.go.th/ita/");
  CHECK(base_problem("") ==
        "the base URL is empty | write the address the site will have, such as https://www.example.go.th/ita/");
  CHECK(base_problem("ftp://www.example.go.th/ita/") ==
        "web address 'ftp://www.example.go.th/ita/' does not start with http:// or https:// | write the address "
        "the site will have, such as https://www.example.go.th/ita/");
}
