// thai/sara_am.h: ำ written as ํ + า in the documents' print HTML.
#include <doctest/doctest.h>

#include "thai/sara_am.h"

using namespace itagen;

TEST_CASE("sara_am_is_written_as_nikhahit_and_sara_aa") {
  CHECK(thai::decompose_sara_am("สำนักงาน") == "ส\u0e4d\u0e32นักงาน");
  CHECK(thai::decompose_sara_am("กำกับ ทำ") == "ก\u0e4d\u0e32กับ ท\u0e4d\u0e32");
  CHECK(thai::decompose_sara_am("การ abc") == "การ abc");
  CHECK(thai::decompose_sara_am("") == "");
}
