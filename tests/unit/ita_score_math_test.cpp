// Score derivation and cross-checks, against the published figures of the seed reports.
#include "ita/score_math.h"

#include <doctest/doctest.h>

#include "framework_fixture.h"
#include "ita/rating.h"

namespace itagen::ita {
namespace {

Score s(const char* text) { return *Score::parse(text); }

// Indicators as published, 1..10; "" leaves one out.
std::map<int, Score> indicator_map(std::initializer_list<const char*> values) {
  std::map<int, Score> out;
  int number = 1;
  for (const char* v : values) {
    if (*v) out.emplace(number, s(v));
    ++number;
  }
  return out;
}

// The FY2566 catalog's grouping of items O1..O43 into sub-indicators.
std::map<std::string, std::string> catalog_2566() {
  std::map<std::string, std::string> out;
  auto group = [&](int first, int last, const char* sub) {
    for (int i = first; i <= last; ++i) out["O" + std::to_string(i)] = sub;
  };
  group(1, 10, "9.1");
  group(11, 18, "9.2");
  group(19, 22, "9.3");
  group(23, 26, "9.4");
  group(27, 30, "9.5");
  group(31, 38, "10.1");
  group(39, 43, "10.2");
  return out;
}

// Every item at 100, except the ones given.
std::map<std::string, std::optional<Score>> items_2566(std::map<std::string, std::optional<Score>> except) {
  std::map<std::string, std::optional<Score>> out;
  for (int i = 1; i <= 43; ++i) out["O" + std::to_string(i)] = Score::from_hundredths(10000);
  for (auto& [code, score] : except) out[code] = score;
  return out;
}

// Seed 001 (สพป.เชียงใหม่ เขต 3, FY2566), indicators 1-8 as published.
PublishedScores seed_001_without_oit() {
  PublishedScores in;
  in.indicators =
      indicator_map({"99.02", "96.90", "96.49", "98.69", "98.13", "93.20", "91.94", "90.53", "", ""});
  in.item_sub_indicator = catalog_2566();
  return in;
}

// Seed 004 (สพป.สมุทรสาคร, FY2566), indicators as published.
PublishedScores seed_004_indicators() {
  PublishedScores in;
  in.indicators =
      indicator_map({"97.75", "90.76", "96.22", "94.06", "93.87", "95.78", "94.07", "94.30", "100", "100"});
  return in;
}

// The content model's example: recomputes to 99.89, published as 99.88.
PublishedScores published_99_88() {
  PublishedScores in;
  in.indicators = indicator_map({"100", "100", "100", "100", "100", "100", "99.23", "99.62", "100", "100"});
  in.total = s("99.88");
  return in;
}

}  // namespace

TEST_CASE("derives_seed_001_from_items_and_published_indicators_1_to_8") {
  PublishedScores in = seed_001_without_oit();
  in.items = items_2566({{"O30", Score::from_hundredths(0)}, {"O36", Score::from_hundredths(0)}});

  ComputedScores out = compute_scores(testing::fy2566(), in);

  CHECK(out.sub_indicators.at("9.1") == s("100"));
  CHECK(out.sub_indicators.at("9.2") == s("100"));
  CHECK(out.sub_indicators.at("9.3") == s("100"));
  CHECK(out.sub_indicators.at("9.4") == s("100"));
  CHECK(out.sub_indicators.at("9.5") == s("75.00"));
  CHECK(out.sub_indicators.at("10.1") == s("87.50"));
  CHECK(out.sub_indicators.at("10.2") == s("100"));
  CHECK(out.indicators.at(9) == s("95.00"));
  CHECK(out.indicators.at(10) == s("93.75"));
  CHECK(out.tools.at("IIT") == s("29.35"));
  CHECK(out.tools.at("EIT") == s("27.57"));
  CHECK(out.tools.at("OIT") == s("37.75"));
  REQUIRE(out.total);
  CHECK(*out.total == s("94.67"));
  CHECK(rate(testing::fy2566(), out.total, out.tool_scores).level->name == "A");
  CHECK(out.mismatches.empty());
  CHECK(out.derived == std::set<std::string>{"9.1", "9.2", "9.3", "9.4", "9.5", "10.1", "10.2", "9", "10",
                                             "IIT", "EIT", "OIT", "total"});
}

TEST_CASE("published_figures_of_seed_001_agree_with_its_items") {
  PublishedScores in = seed_001_without_oit();
  in.items = items_2566({{"O30", Score::from_hundredths(0)}, {"O36", Score::from_hundredths(0)}});
  in.sub_indicators = {{"9.1", s("100")},  {"9.2", s("100")},  {"9.3", s("100")}, {"9.4", s("100")},
                       {"9.5", s("75.00")}, {"10.1", s("87.50")}, {"10.2", s("100")}};
  in.indicators.emplace(9, s("95.00"));
  in.indicators.emplace(10, s("93.75"));
  in.tools = {{"IIT", s("29.35")}, {"EIT", s("27.57")}, {"OIT", s("37.75")}};
  in.total = s("94.67");

  ComputedScores out = compute_scores(testing::fy2566(), in);

  CHECK(out.derived.empty());
  CHECK(out.mismatches.empty());
  CHECK(*out.total == s("94.67"));
}

TEST_CASE("derives_seed_004_tools_and_total_from_indicators") {
  ComputedScores out = compute_scores(testing::fy2566(), seed_004_indicators());

  CHECK(out.tools.at("IIT") == s("28.36"));
  CHECK(out.tools.at("EIT") == s("28.42"));
  CHECK(out.tools.at("OIT") == s("40.00"));
  REQUIRE(out.total);
  CHECK(*out.total == s("96.77"));
  CHECK(rate(testing::fy2566(), out.total, out.tool_scores).level->name == "AA");
  CHECK(out.derived == std::set<std::string>{"IIT", "EIT", "OIT", "total"});
  CHECK(out.mismatches.empty());
}

TEST_CASE("total_is_the_sum_of_exact_tools_not_of_rounded_tools") {
  // Seed 004: 28.3596 + 28.415 + 40 = 96.7746 -> 96.77; the rounded tools would give 96.78.
  ComputedScores out = compute_scores(testing::fy2566(), seed_004_indicators());
  CHECK(out.tools.at("IIT") + out.tools.at("EIT") + out.tools.at("OIT") == s("96.78"));
  CHECK(*out.total == s("96.77"));
}

TEST_CASE("published_total_within_tolerance_of_recomputation_is_shown_without_mismatch") {
  ComputedScores out = compute_scores(testing::fy2566(), published_99_88());
  REQUIRE(out.total);
  CHECK(*out.total == s("99.88"));
  CHECK(out.derived.count("total") == 0);
  CHECK(out.mismatches.empty());
  CHECK(out.tools.at("EIT") == s("29.89"));  // 29.885 rounds half up
}

TEST_CASE("published_total_beyond_tolerance_is_a_mismatch_quoting_both_numbers") {
  PublishedScores in = published_99_88();
  in.total = s("99.86");

  ComputedScores out = compute_scores(testing::fy2566(), in);

  CHECK(*out.total == s("99.86"));  // what is published is what is shown
  REQUIRE(out.mismatches.size() == 1);
  const Mismatch& m = out.mismatches[0];
  CHECK(m.figure == "total");
  CHECK(m.published == s("99.86"));
  CHECK(m.computed == s("99.89"));
  CHECK(m.basis == "indicators 1-10");
}

TEST_CASE("published_tools_within_tolerance_are_not_mismatches") {
  PublishedScores in = published_99_88();
  in.tools = {{"IIT", s("30.00")}, {"EIT", s("29.88")}, {"OIT", s("40.00")}};

  ComputedScores out = compute_scores(testing::fy2566(), in);

  CHECK(out.tools.at("EIT") == s("29.88"));
  CHECK(out.mismatches.empty());
  CHECK(out.derived.empty());
}

TEST_CASE("published_tool_beyond_tolerance_is_a_mismatch_naming_its_indicators") {
  PublishedScores in = seed_004_indicators();
  in.tools = {{"IIT", s("28.36")}, {"EIT", s("28.40")}, {"OIT", s("40.00")}};

  ComputedScores out = compute_scores(testing::fy2566(), in);

  CHECK(out.tools.at("EIT") == s("28.40"));
  REQUIRE(out.mismatches.size() == 1);
  CHECK(out.mismatches[0].figure == "EIT");
  CHECK(out.mismatches[0].published == s("28.40"));
  CHECK(out.mismatches[0].computed == s("28.42"));
  CHECK(out.mismatches[0].basis == "indicators 6-8");
  CHECK(*out.total == s("96.77"));  // from the exact tools, not the published ones
  CHECK(out.derived == std::set<std::string>{"total"});
}

TEST_CASE("published_tools_and_total_without_indicators_cross_check_total_against_tools") {
  PublishedScores in;
  in.tools = {{"IIT", s("28.36")}, {"EIT", s("28.42")}, {"OIT", s("40.00")}};
  in.total = s("96.77");

  ComputedScores out = compute_scores(testing::fy2566(), in);

  CHECK(out.indicators.empty());
  CHECK(out.sub_indicators.empty());
  CHECK(out.derived.empty());
  CHECK(out.mismatches.empty());  // 96.78 from the rounded tools is within 0.01

  in.total = s("96.70");
  out = compute_scores(testing::fy2566(), in);
  REQUIRE(out.mismatches.size() == 1);
  CHECK(out.mismatches[0].figure == "total");
  CHECK(out.mismatches[0].published == s("96.70"));
  CHECK(out.mismatches[0].computed == s("96.78"));
  CHECK(out.mismatches[0].basis == "IIT+EIT+OIT");
}

TEST_CASE("total_is_derived_from_published_tools_when_indicators_are_missing") {
  PublishedScores in;
  in.tools = {{"IIT", s("29.35")}, {"EIT", s("27.57")}, {"OIT", s("37.75")}};
  ComputedScores out = compute_scores(testing::fy2566(), in);
  REQUIRE(out.total);
  CHECK(*out.total == s("94.67"));
  CHECK(out.derived == std::set<std::string>{"total"});
}

TEST_CASE("total_only_year_derives_nothing") {
  PublishedScores in;
  in.total = s("78.76");
  ComputedScores out = compute_scores(testing::fy2566(), in);
  CHECK(*out.total == s("78.76"));
  CHECK(out.derived.empty());
  CHECK(out.mismatches.empty());
  CHECK(out.tools.empty());
}

TEST_CASE("missing_indicator_leaves_its_tool_and_the_total_underived") {
  PublishedScores in = seed_004_indicators();
  in.indicators.erase(7);
  ComputedScores out = compute_scores(testing::fy2566(), in);
  CHECK(out.tools.count("EIT") == 0);
  CHECK(out.tools.at("IIT") == s("28.36"));
  CHECK(out.tools.at("OIT") == s("40.00"));
  CHECK_FALSE(out.total);
  CHECK(out.derived == std::set<std::string>{"IIT", "OIT"});
}

TEST_CASE("not_applicable_items_leave_the_mean") {
  PublishedScores in;
  in.item_sub_indicator = catalog_2566();
  // 9.5: O27 100, O28 not applicable, O29 0, O30 not applicable -> 50, not 25.
  in.items = items_2566({{"O28", std::nullopt}, {"O29", Score::from_hundredths(0)}, {"O30", std::nullopt}});

  ComputedScores out = compute_scores(testing::fy2566(), in);

  CHECK(out.sub_indicators.at("9.5") == s("50.00"));
  CHECK(out.indicators.at(9) == s("90.00"));
}

TEST_CASE("sub_indicator_whose_items_are_all_not_applicable_is_not_derived") {
  PublishedScores in;
  in.item_sub_indicator = catalog_2566();
  in.items = items_2566({{"O19", std::nullopt}, {"O20", std::nullopt}, {"O21", std::nullopt}, {"O22", std::nullopt}});

  ComputedScores out = compute_scores(testing::fy2566(), in);

  CHECK(out.sub_indicators.count("9.3") == 0);
  CHECK(out.indicators.count(9) == 0);  // not all of 9.1-9.5 known
  CHECK(out.indicators.at(10) == s("100.00"));
}

TEST_CASE("items_without_a_sub_indicator_are_ignored") {
  PublishedScores in;
  in.item_sub_indicator = {{"O1", "9.1"}};
  in.items = {{"O1", s("100")}, {"O99", s("0")}};
  ComputedScores out = compute_scores(testing::fy2566(), in);
  CHECK(out.sub_indicators == std::map<std::string, Score>{{"9.1", s("100")}});
}

TEST_CASE("published_sub_indicator_disagreeing_with_its_items_is_a_mismatch") {
  PublishedScores in;
  in.item_sub_indicator = catalog_2566();
  in.items = items_2566({{"O30", Score::from_hundredths(0)}});
  in.sub_indicators = {{"9.5", s("100")}};

  ComputedScores out = compute_scores(testing::fy2566(), in);

  CHECK(out.sub_indicators.at("9.5") == s("100"));
  REQUIRE(out.mismatches.size() == 1);
  CHECK(out.mismatches[0].figure == "sub-indicator 9.5");
  CHECK(out.mismatches[0].published == s("100"));
  CHECK(out.mismatches[0].computed == s("75.00"));
  CHECK(out.mismatches[0].basis == "items of 9.5");
  // Indicator 9 is the mean of the shown (published) 9.5, so it is 100.
  CHECK(out.indicators.at(9) == s("100"));
}

TEST_CASE("published_indicator_disagreeing_with_its_sub_indicators_is_a_mismatch") {
  PublishedScores in;
  in.sub_indicators = {{"10.1", s("87.50")}, {"10.2", s("100")}};
  in.indicators = {{10, s("93.70")}};

  ComputedScores out = compute_scores(testing::fy2566(), in);

  CHECK(out.indicators.at(10) == s("93.70"));
  REQUIRE(out.mismatches.size() == 1);
  CHECK(out.mismatches[0].figure == "indicator 10");
  CHECK(out.mismatches[0].computed == s("93.75"));
  CHECK(out.mismatches[0].basis == "sub-indicators 10.1-10.2");
  CHECK(out.derived.empty());
}

TEST_CASE("indicator_is_derived_from_published_sub_indicators") {
  PublishedScores in;
  in.sub_indicators = {{"9.1", s("100")}, {"9.2", s("100")}, {"9.3", s("100")}, {"9.4", s("100")},
                       {"9.5", s("75")}};
  ComputedScores out = compute_scores(testing::fy2566(), in);
  CHECK(out.indicators.at(9) == s("95.00"));
  CHECK(out.derived == std::set<std::string>{"9"});
}

TEST_CASE("cross_check_tolerance_is_inclusive_of_one_hundredth") {
  PublishedScores in;
  in.tools = {{"IIT", s("30")}, {"EIT", s("30")}, {"OIT", s("40")}};
  in.total = s("99.99");
  CHECK(compute_scores(testing::fy2566(), in).mismatches.empty());
  in.total = s("100.01");
  CHECK(compute_scores(testing::fy2566(), in).mismatches.empty());
  in.total = s("99.98");
  CHECK(compute_scores(testing::fy2566(), in).mismatches.size() == 1);
}

}  // namespace itagen::ita
