// Rating a result on its year's scale: the shipped FY2566 framework (AA-F), the NACC's five
// levels with each tool's bar, and a scale written as a list.
#include "ita/rating.h"

#include <doctest/doctest.h>

#include "framework_fixture.h"

namespace itagen::ita {
namespace {

Score s(const char* text) { return *Score::parse(text); }

std::string level_of(const Framework& fw, const char* total, std::map<std::string, Fraction> tools = {}) {
  auto outcome = rate(fw, s(total), tools);
  return outcome.level ? outcome.level->name : "undecided: " + outcome.undecided_because;
}

Framework with_rating(const char* scale) {
  Framework fw = testing::fy2566();
  fw.rating = *builtin_rating(scale);
  return fw;
}

// Each tool's own score out of 100.
std::map<std::string, Fraction> tools(const char* iit, const char* eit, const char* oit) {
  return {{"IIT", Fraction::of(s(iit))}, {"EIT", Fraction::of(s(eit))}, {"OIT", Fraction::of(s(oit))}};
}

}  // namespace

TEST_CASE("aa_f_level_boundaries") {
  const Framework& fw = testing::fy2566();
  CHECK(fw.rating.scale == "aa-f");
  CHECK(level_of(fw, "100") == "AA");
  CHECK(level_of(fw, "95.00") == "AA");
  CHECK(level_of(fw, "94.99") == "A");
  CHECK(level_of(fw, "85.00") == "A");
  CHECK(level_of(fw, "84.99") == "B");
  CHECK(level_of(fw, "75.00") == "B");
  CHECK(level_of(fw, "74.99") == "C");
  CHECK(level_of(fw, "64.99") == "D");
  CHECK(level_of(fw, "54.99") == "E");
  CHECK(level_of(fw, "50.00") == "E");
  CHECK(level_of(fw, "49.99") == "F");
  CHECK(level_of(fw, "0") == "F");
}

TEST_CASE("aa_f_passes_from_85_and_the_pass_mark_comes_from_the_scale") {
  const Framework& fw = testing::fy2566();
  CHECK(rate(fw, s("85.00"), {}).level->pass);
  CHECK(rate(fw, s("95.00"), {}).level->pass);
  CHECK_FALSE(rate(fw, s("84.99"), {}).level->pass);
  CHECK(fw.pass_mark() == s("85"));
}

TEST_CASE("nacc_5_boundaries_of_the_total") {
  Framework fw = with_rating("nacc-5");
  auto all_at = tools("100", "100", "100");
  CHECK(level_of(fw, "95.00", all_at) == "ผ่านดีเยี่ยม");
  CHECK(level_of(fw, "94.99", all_at) == "ผ่านดี");
  CHECK(level_of(fw, "85.00", all_at) == "ผ่านดี");
  CHECK(level_of(fw, "84.99", all_at) == "ต้องปรับปรุง");
  CHECK(level_of(fw, "70.00", all_at) == "ต้องปรับปรุง");
  CHECK(level_of(fw, "69.99", all_at) == "ต้องปรับปรุงโดยด่วน");
  CHECK(level_of(fw, "0", all_at) == "ต้องปรับปรุงโดยด่วน");
}

TEST_CASE("nacc_5_needs_each_tool_at_the_bar") {
  Framework fw = with_rating("nacc-5");
  // A total of 97 with one tool at 94.99 is not excellent: the next level that holds applies.
  CHECK(level_of(fw, "97.00", tools("99.00", "94.99", "100")) == "ผ่านดี");
  CHECK(level_of(fw, "97.00", tools("95.00", "95.00", "95.00")) == "ผ่านดีเยี่ยม");
  // The primer's example: total 94.64 with EIT at 84 is ผ่าน, not ผ่านดี.
  CHECK(level_of(fw, "94.64", tools("99.00", "84.00", "100")) == "ผ่าน");
  CHECK(level_of(fw, "94.64", tools("99.00", "84.99", "100")) == "ผ่าน");
  CHECK(level_of(fw, "94.64", tools("99.00", "85.00", "100")) == "ผ่านดี");
}

TEST_CASE("nacc_5_cannot_decide_without_the_tools_unless_the_total_decides") {
  Framework fw = with_rating("nacc-5");
  CHECK(level_of(fw, "96.00") == "undecided: level ผ่านดีเยี่ยม needs each tool's score, and not all were published");
  // A known tool below the bar rules the level out; the unknown ones cannot save it.
  CHECK(level_of(fw, "96.00", {{"EIT", Fraction::of(s("80"))}}) == "ผ่าน");
  // Below 85 no level asks for the tools.
  CHECK(level_of(fw, "80.00") == "ต้องปรับปรุง");
  CHECK(rate(fw, std::nullopt, {}).level == nullptr);
}

TEST_CASE("tool_scores_compare_exactly") {
  Framework fw = with_rating("nacc-5");
  // 28.50 of a 30% weight is exactly 95; 28.49 is 94.966...
  CHECK(level_of(fw, "97.00", {{"IIT", Fraction(2850, 30)}, {"EIT", Fraction(2850, 30)}, {"OIT", Fraction(3800, 40)}}) ==
        "ผ่านดีเยี่ยม");
  CHECK(level_of(fw, "97.00", {{"IIT", Fraction(2849, 30)}, {"EIT", Fraction(2850, 30)}, {"OIT", Fraction(3800, 40)}}) ==
        "ผ่านดี");
}

TEST_CASE("the_first_level_of_a_written_list_that_holds_applies") {
  Framework fw = testing::fy2566();
  fw.rating = {"custom",
               {{"ดีมาก", "", "level-1", s("90"), std::nullopt, true, {}},
                {"ดี", "", "level-2", s("80"), std::nullopt, true, {}},
                {"ปรับปรุง", "", "level-3", s("0"), std::nullopt, false, {}}}};
  CHECK(level_of(fw, "90.00") == "ดีมาก");
  CHECK(level_of(fw, "89.99") == "ดี");
  CHECK(level_of(fw, "79.99") == "ปรับปรุง");
  CHECK(fw.pass_mark() == s("80"));
}

TEST_CASE("the_shipped_2566_framework_is_the_one_the_seeds_were_assessed_under") {
  const Framework& fw = testing::fy2566();
  REQUIRE(fw.indicators.size() == 10);
  REQUIRE(fw.sub_indicators.size() == 7);
  REQUIRE(fw.items.size() == 43);
  CHECK(fw.find_tool("IIT")->weight == 30);
  CHECK(fw.find_tool("EIT")->weight == 30);
  CHECK(fw.find_tool("OIT")->weight == 40);
  CHECK(fw.indicators_of("IIT") == std::vector<int>{1, 2, 3, 4, 5});
  CHECK(fw.indicators_of("EIT") == std::vector<int>{6, 7, 8});
  CHECK(fw.indicators_of("OIT") == std::vector<int>{9, 10});
  CHECK(fw.find_indicator(10)->title == "การป้องกันการทุจริต");
  CHECK(fw.find_sub_indicator("9.5")->indicator == 9);
  CHECK(fw.find_sub_indicator("9.5")->title == "การส่งเสริมความโปร่งใส");
  CHECK(fw.sub_indicators_of(9).size() == 5);
  CHECK(fw.find("O24")->sub_indicator == "9.4");
  CHECK(fw.find_level("AA")->english == "Excellence");
}

}  // namespace itagen::ita
