// Dates in messages are written the way the offices write them, in the Buddhist Era: an
// officer who wrote 2565-10-05 must not be told about 2022-10-05.
#include <doctest/doctest.h>

#include "site_test_support.h"

using namespace itagen;
using namespace itagen::testing;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("an_oit_item_updated_before_its_year_is_reported_with_its_buddhist_era_date") {
  auto files = read_fixture("full");
  auto& item = files["content/oit/2567/O01.md"];
  item.replace(item.find("updated: 2566-10-15"), 19, "updated: 2565-10-05");
  auto site = build_files(files);
  CHECK(contains(site.messages, "warning: item O1 was last updated on 2565-10-05, before fiscal year 2567 began"));
  CHECK_FALSE(contains(site.messages, "2022-10-05"));
}

TEST_CASE("a_date_written_in_the_common_era_is_reported_in_the_buddhist_era") {
  auto files = read_fixture("full");
  auto& item = files["content/oit/2567/O01.md"];
  item.replace(item.find("updated: 2566-10-15"), 19, "updated: 2022-10-05");
  auto site = build_files(files);
  CHECK(contains(site.messages, "warning: item O1 was last updated on 2565-10-05, before fiscal year 2567 began"));
}

TEST_CASE("a_measure_period_outside_its_year_names_the_year_in_the_buddhist_era") {
  auto files = read_fixture("full");
  auto& measures = files["content/measures/2567.yaml"];
  measures.replace(measures.find("period: {start: 2566-12-01, end: 2567-09-30}"), 44,
                   "period: {start: 2565-12-01, end: 2566-09-30}");
  auto site = build_files(files);
  CHECK(contains(site.messages, "lies outside fiscal year 2567 (2566-10-01 to 2567-09-30)"));
}
