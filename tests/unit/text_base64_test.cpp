// text/base64.h: the logo inlined in a document as a data: URI.
#include <doctest/doctest.h>

#include "text/base64.h"

using namespace itagen;

TEST_CASE("base64_pads_to_a_multiple_of_four") {
  CHECK(text::base64("") == "");
  CHECK(text::base64("f") == "Zg==");
  CHECK(text::base64("fo") == "Zm8=");
  CHECK(text::base64("foo") == "Zm9v");
  CHECK(text::base64("foobar") == "Zm9vYmFy");
  CHECK(text::base64(std::string("\xff\x00\xfe", 3)) == "/wD+");
}
