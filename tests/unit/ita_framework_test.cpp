// The fixed ITA framework tables: indicators, sub-indicators, tools, levels.
#include "ita/framework.h"

#include <doctest/doctest.h>

namespace itagen::ita {
namespace {

Score s(const char* text) { return *Score::parse(text); }

}  // namespace

TEST_CASE("level_boundaries") {
  CHECK(level_for(s("94.99")).code == "A");
  CHECK(level_for(s("95.00")).code == "AA");
  CHECK(level_for(s("84.99")).code == "B");
  CHECK(level_for(s("85.00")).code == "A");
  CHECK(level_for(s("75.00")).code == "B");
  CHECK(level_for(s("74.99")).code == "C");
  CHECK(level_for(s("65.00")).code == "C");
  CHECK(level_for(s("64.99")).code == "D");
  CHECK(level_for(s("55.00")).code == "D");
  CHECK(level_for(s("54.99")).code == "E");
  CHECK(level_for(s("50.00")).code == "E");
  CHECK(level_for(s("49.99")).code == "F");
  CHECK(level_for(s("0")).code == "F");
  CHECK(level_for(s("100")).code == "AA");
}

TEST_CASE("only_aa_and_a_pass") {
  CHECK(level_for(s("85.00")).passes);
  CHECK(level_for(s("95.00")).passes);
  CHECK_FALSE(level_for(s("84.99")).passes);
  CHECK(kPassMark == s("85"));
}

TEST_CASE("levels_tile_the_scale_without_gaps") {
  auto all = levels();
  REQUIRE(all.size() == 7);
  CHECK(all.front().maximum == s("100"));
  CHECK(all.back().minimum == s("0"));
  for (std::size_t i = 1; i < all.size(); ++i) {
    CHECK(all[i].maximum + Score::from_hundredths(1) == all[i - 1].minimum);
  }
}

TEST_CASE("find_level_by_code") {
  REQUIRE(find_level("AA"));
  CHECK(find_level("AA")->english == "Excellence");
  CHECK(find_level("E")->english == "Extremely Poor");
  CHECK(find_level("G") == nullptr);
  CHECK(find_level("aa") == nullptr);
}

TEST_CASE("ten_indicators_numbered_in_order_with_their_tools") {
  auto all = indicators();
  REQUIRE(all.size() == 10);
  for (int i = 0; i < 10; ++i) CHECK(all[i].number == i + 1);
  CHECK(find_indicator(1)->name == "การปฏิบัติหน้าที่");
  CHECK(find_indicator(5)->tool == Tool::kIIT);
  CHECK(find_indicator(6)->tool == Tool::kEIT);
  CHECK(find_indicator(8)->tool == Tool::kEIT);
  CHECK(find_indicator(9)->tool == Tool::kOIT);
  CHECK(find_indicator(10)->name == "การป้องกันการทุจริต");
  CHECK(find_indicator(0) == nullptr);
  CHECK(find_indicator(11) == nullptr);
}

TEST_CASE("tool_ranges_agree_with_indicator_tools") {
  int weights = 0;
  for (const auto& tool : tools()) {
    weights += tool.weight_percent;
    CHECK(tool_info(tool.tool).code == tool.code);
    for (int i = tool.first_indicator; i <= tool.last_indicator; ++i) {
      CHECK(find_indicator(i)->tool == tool.tool);
    }
  }
  CHECK(weights == 100);
  CHECK(tool_info(Tool::kIIT).weight_percent == 30);
  CHECK(tool_info(Tool::kEIT).weight_percent == 30);
  CHECK(tool_info(Tool::kOIT).weight_percent == 40);
  CHECK(tool_info(Tool::kOIT).first_indicator == 9);
}

TEST_CASE("parse_tool_accepts_codes_only") {
  CHECK(parse_tool("IIT") == Tool::kIIT);
  CHECK(parse_tool("EIT") == Tool::kEIT);
  CHECK(parse_tool("OIT") == Tool::kOIT);
  CHECK_FALSE(parse_tool("iit"));
  CHECK_FALSE(parse_tool(""));
}

TEST_CASE("sub_indicators_of_9_and_10") {
  auto all = sub_indicators();
  REQUIRE(all.size() == 7);
  CHECK(find_sub_indicator("9.5")->indicator == 9);
  CHECK(find_sub_indicator("9.5")->name == "การส่งเสริมความโปร่งใส");
  CHECK(find_sub_indicator("10.2")->indicator == 10);
  CHECK(find_sub_indicator("9.6") == nullptr);
  int of_9 = 0;
  for (const auto& sub : all) of_9 += sub.indicator == 9;
  CHECK(of_9 == 5);
}

}  // namespace itagen::ita
