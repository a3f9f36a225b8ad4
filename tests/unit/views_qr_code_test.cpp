// views/qr_code.h: the QR code printed on the official documents.
#include <doctest/doctest.h>

#include <string>

#include "views/qr_code.h"

using namespace itagen;

TEST_CASE("qr_code_is_an_svg_of_dark_modules_with_a_quiet_zone") {
  std::string svg = views::qr_code_svg("https://www.example.go.th/ita/measures/2567/");
  REQUIRE(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  // 44 bytes at level M need version 4 (version 3 holds 42): 33 modules, plus 4 on each side.
  CHECK(svg.find("viewBox=\"0 0 41 41\"") != std::string::npos);
  // The finder pattern's top row starts at the quiet zone's edge: a run of 7 dark modules.
  CHECK(svg.find("M4 4h7v1h-7z") != std::string::npos);
  CHECK(svg.ends_with("</svg>"));
}

TEST_CASE("qr_code_of_the_same_address_is_the_same") {
  CHECK(views::qr_code_svg("https://x.go.th/a/") == views::qr_code_svg("https://x.go.th/a/"));
  CHECK(views::qr_code_svg("https://x.go.th/a/") != views::qr_code_svg("https://x.go.th/b/"));
}
