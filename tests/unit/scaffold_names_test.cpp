// What `itagen new` accepts as a fiscal year, measure id, round, page path and item code.
#include "scaffold/names.h"

#include <doctest/doctest.h>

namespace itagen::scaffold {
namespace {

TEST_CASE("parse_fiscal_year accepts a 4-digit Buddhist Era year") {
  Failure f;
  CHECK(parse_fiscal_year("2567", &f) == 2567);
  CHECK(parse_fiscal_year("2500", &f) == 2500);
}

TEST_CASE("parse_fiscal_year names the BE year of a Common Era one") {
  Failure f;
  CHECK_FALSE(parse_fiscal_year("2024", &f));
  CHECK(f.message == "fiscal year 2024 is too early");
  CHECK(f.hint == "fiscal years are Buddhist Era (2500 or later); 2024 CE is 2567");
}

TEST_CASE("parse_fiscal_year rejects anything but 4 digits") {
  Failure f;
  for (const char* bad : {"", "256", "25678", "25a7", "-2567", " 2567"}) {
    CHECK_FALSE(parse_fiscal_year(bad, &f));
  }
  CHECK(f.hint == "write the Buddhist Era year with 4 digits, such as 2567");
}

TEST_CASE("valid_measure_id allows lower-case letters, digits and dashes only") {
  Failure f;
  CHECK(valid_measure_id("transparent-personnel", &f));
  CHECK(valid_measure_id("m2", &f));
  for (const char* bad : {"", "Transparent", "a_b", "a b", "../x", "ก"}) CHECK_FALSE(valid_measure_id(bad, &f));
  CHECK(f.message == "measure id 'ก' may hold only a-z, 0-9 and '-'");
}

TEST_CASE("valid_round knows the six rounds") {
  Failure f;
  for (const char* ok : {"6m", "12m", "q1", "q2", "q3", "q4"}) CHECK(valid_round(ok, &f));
  CHECK_FALSE(valid_round("9m", &f));
  CHECK(f.message == "unknown report round '9m'");
  CHECK(f.hint == "rounds are 6m, 12m, q1, q2, q3 and q4");
}

TEST_CASE("normalize_page_slug drops .md and a trailing slash") {
  Failure f;
  CHECK(normalize_page_slug("about/contact", &f) == "about/contact");
  CHECK(normalize_page_slug("about/contact.md", &f) == "about/contact");
  CHECK(normalize_page_slug("about/", &f) == "about");
}

TEST_CASE("normalize_page_slug refuses paths that leave content/pages/") {
  Failure f;
  CHECK_FALSE(normalize_page_slug("../site", &f));
  CHECK(f.message == "page path '../site' may not contain '..'");
  CHECK_FALSE(normalize_page_slug("about/../../x", &f));
  CHECK_FALSE(normalize_page_slug("/etc/passwd", &f));
  CHECK(f.message == "page path '/etc/passwd' must be relative");
  CHECK_FALSE(normalize_page_slug("about//contact", &f));
  CHECK_FALSE(normalize_page_slug("About", &f));
  CHECK(f.message == "page path 'About' may hold only a-z, 0-9, '-' and '/'");
}

TEST_CASE("normalize_page_slug refuses the generator's own sections") {
  Failure f;
  CHECK_FALSE(normalize_page_slug("oit/extra", &f));
  CHECK(f.message == "page path 'oit/extra' would clash with the generated pages under /oit/");
  CHECK_FALSE(normalize_page_slug("measures", &f));
  CHECK(normalize_page_slug("about/oit", &f) == "about/oit");
}

TEST_CASE("normalize_item_code accepts O5, o5 and O05") {
  Failure f;
  CHECK(normalize_item_code("O5", &f) == "O5");
  CHECK(normalize_item_code("o5", &f) == "O5");
  CHECK(normalize_item_code("O05", &f) == "O5");
  CHECK(normalize_item_code("O43", &f) == "O43");
  for (const char* bad : {"", "O", "5", "O0", "Q5", "O5a", "O12345"}) CHECK_FALSE(normalize_item_code(bad, &f));
  CHECK(f.hint == "item codes look like O5 or O05");
}

TEST_CASE("item_file_name pads the number to two digits") {
  CHECK(item_file_name("O5") == "O05.md");
  CHECK(item_file_name("O43") == "O43.md");
}

}  // namespace
}  // namespace itagen::scaffold
