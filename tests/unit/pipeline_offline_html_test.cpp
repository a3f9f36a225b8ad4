// pipeline/offline_html.h: the PDF engine is never given an image to fetch.
#include <doctest/doctest.h>

#include "pipeline/offline_html.h"

using namespace itagen;

TEST_CASE("images_the_engine_would_fetch_are_dropped") {
  CHECK(pipeline::drop_fetched_images("<p>a<img src=\"https://x.go.th/a.png\" alt=\"a\">b</p>") == "<p>ab</p>");
  CHECK(pipeline::drop_fetched_images("<IMG SRC='/ita/files/a.png'/>c") == "c");
  CHECK(pipeline::drop_fetched_images("<img alt=\"x\">") == "");
}

TEST_CASE("inlined_images_and_other_elements_are_kept") {
  const std::string logo = "<img class=\"emblem\" src=\"data:image/png;base64,AAAA\" alt=\"ตรา\">";
  CHECK(pipeline::drop_fetched_images(logo) == logo);
  CHECK(pipeline::drop_fetched_images("<imgx src=\"a\"><p>img</p>") == "<imgx src=\"a\"><p>img</p>");
  CHECK(pipeline::drop_fetched_images("<img data-src=\"data:x\" src=\"https://a\">") == "");
}
