// content/scores/<fy>.yaml: published results, read exactly.
#include <doctest/doctest.h>

#include "content/parsers.h"

using namespace itagen;

namespace {

std::string all(const diag::DiagnosticSink& sink) {
  std::string out;
  for (const auto& d : sink.diagnostics()) {
    out += d.where.path + ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + ": " +
           (d.severity == diag::Severity::kError ? "error: " : "warning: ") + d.message + "\n";
  }
  return out;
}

const std::string kPath = "content/scores/2566.yaml";

std::string errors_of(const std::string& text) {
  diag::DiagnosticSink sink;
  content::parse_scores(text, kPath, sink);
  return all(sink);
}

std::string hint_of(const std::string& text) {
  diag::DiagnosticSink sink;
  content::parse_scores(text, kPath, sink);
  return sink.diagnostics().empty() ? "" : sink.diagnostics()[0].hint;
}

}  // namespace

TEST_CASE("reads_every_field_of_a_scores_file") {
  diag::DiagnosticSink sink;
  auto rec = content::parse_scores(
      "fiscal_year: 2566\n"
      "total: 99.88\n"
      "level: AA\n"
      "rank: 5\n"
      "of: 245\n"
      "indicators: {1: 100, 2: 100, 3: 100, 4: 100, 5: 100, 6: 100, 7: 99.23, 8: 99.62, 9: 100, \"10\": 100}\n"
      "sub_indicators: {\"9.1\": 100, 9.2: 100, \"10.2\": 87.5}\n"
      "tools: {IIT: 30.00, EIT: 29.88, oit: 40}\n"
      "items:\n"
      "  O1: 100\n"
      "  o024: {score: 0, note: ไม่มีรายละเอียด}\n"
      "  O25: {not_applicable: true}\n",
      kPath, sink);
  REQUIRE(rec);
  CHECK(all(sink) == "");
  CHECK(rec->fiscal_year == 2566);
  CHECK(rec->total->value.hundredths() == 9988);
  CHECK(rec->total->where.line == 2);
  CHECK(rec->total->where.column == 8);
  CHECK(rec->level->value == "AA");
  CHECK(rec->rank == 5);
  CHECK(rec->of == 245);
  CHECK(rec->indicators.size() == 10);
  CHECK(rec->indicators.at(7).value.hundredths() == 9923);
  CHECK(rec->indicators.at(10).value.hundredths() == 10000);
  CHECK(rec->sub_indicators.at("9.2").value.hundredths() == 10000);
  CHECK(rec->sub_indicators.at("10.2").value.hundredths() == 8750);
  CHECK(rec->tools.at("OIT").value.hundredths() == 4000);
  CHECK(rec->tools.at("EIT").value.hundredths() == 2988);
  REQUIRE(rec->items.size() == 3);
  CHECK(rec->items[0].code == "O1");
  CHECK(rec->items[0].score->hundredths() == 10000);
  CHECK(rec->items[1].code == "O24");
  CHECK(rec->items[1].score->hundredths() == 0);
  CHECK(rec->items[1].note == "ไม่มีรายละเอียด");
  CHECK(rec->items[1].where.line == 11);
  CHECK(rec->items[2].code == "O25");
  CHECK_FALSE(rec->items[2].score);
}

TEST_CASE("reads_99_23_exactly") {
  diag::DiagnosticSink sink;
  auto rec = content::parse_scores("fiscal_year: 2566\nindicators: {7: 99.23, 8: 0.1, 9: 28.41}\n", kPath, sink);
  REQUIRE(rec);
  CHECK(rec->indicators.at(7).value.hundredths() == 9923);
  CHECK(rec->indicators.at(8).value.hundredths() == 10);
  CHECK(rec->indicators.at(9).value.hundredths() == 2841);
}

TEST_CASE("history_year_needs_only_fiscal_year_and_total") {
  diag::DiagnosticSink sink;
  auto rec = content::parse_scores("fiscal_year: 2566\ntotal: 81.5\n", kPath, sink);
  REQUIRE(rec);
  CHECK(sink.diagnostics().empty());
  CHECK(rec->total->value.hundredths() == 8150);
  CHECK(rec->indicators.empty());
}

TEST_CASE("errors_on_scores_with_three_decimals_or_outside_0_to_100") {
  CHECK(errors_of("fiscal_year: 2566\ntotal: 99.234\n") ==
        "content/scores/2566.yaml:2:8: error: '99.234' has more than 2 decimals\n");
  CHECK(errors_of("fiscal_year: 2566\nindicators: {1: 100.01, 2: -1}\n") ==
        "content/scores/2566.yaml:2:17: error: score '100.01' is outside 0 to 100\n"
        "content/scores/2566.yaml:2:28: error: score '-1' is outside 0 to 100\n");
  CHECK(errors_of("fiscal_year: 2566\ntotal: abc\n") == "content/scores/2566.yaml:2:8: error: expected a score, got 'abc'\n");
  CHECK(hint_of("fiscal_year: 2566\ntotal: abc\n") == "write a number from 0 to 100 with at most 2 decimals, like 99.23");
}

// Which indicators, sub-indicators, tools and levels exist is the year's framework's to say:
// the model checks them (tests/site/framework_site_test.cpp). The parser takes any key.
TEST_CASE("keys_are_checked_against_the_year_s_framework_not_here") {
  CHECK(errors_of("fiscal_year: 2566\nindicators: {0: 1, 11: 100}\n") ==
        "content/scores/2566.yaml:2:14: error: unknown indicator '0'\n");
  CHECK(errors_of("fiscal_year: 2566\nsub_indicators: {\"9.6\": 100}\n") == "");
  CHECK(errors_of("fiscal_year: 2566\ntools: {XIT: 10}\n") == "");
  CHECK(errors_of("fiscal_year: 2566\nlevel: ผ่านดี\n") == "");
}

TEST_CASE("errors_on_an_indicator_given_twice") {
  CHECK(errors_of("fiscal_year: 2566\nindicators: {7: 1, \"07\": 2}\n") ==
        "content/scores/2566.yaml:2:20: error: indicator '7' is given twice\n");
}

TEST_CASE("errors_on_rank_that_is_not_positive_or_past_of") {
  CHECK(errors_of("fiscal_year: 2566\nrank: 0\n") ==
        "content/scores/2566.yaml:2:7: error: 'rank' must be a positive whole number, got '0'\n");
  CHECK(errors_of("fiscal_year: 2566\nrank: 300\nof: 245\n") ==
        "content/scores/2566.yaml:3:5: error: rank '300' is larger than 'of' '245'\n");
  CHECK(errors_of("fiscal_year: 2566\nrank: first\n") ==
        "content/scores/2566.yaml:2:7: error: expected a whole number, got 'first'\n");
}

TEST_CASE("errors_on_bad_item_codes_and_scores") {
  CHECK(errors_of("fiscal_year: 2566\nitems: {X1: 100, O0: 100, O2: 50, O3: {note: x}}\n") ==
        "content/scores/2566.yaml:2:9: error: invalid OIT item code 'X1'\n"
        "content/scores/2566.yaml:2:18: error: invalid OIT item code 'O0'\n"
        "content/scores/2566.yaml:2:31: error: item score '50' must be 0 or 100\n"
        "content/scores/2566.yaml:2:39: error: missing required field 'score'\n");
  CHECK(errors_of("fiscal_year: 2566\nitems: {O1: 100, o01: 0}\n") ==
        "content/scores/2566.yaml:2:18: error: item 'O1' is given twice\n");
}

TEST_CASE("errors_on_fiscal_year_not_matching_the_file_name") {
  CHECK(errors_of("fiscal_year: 2567\n") ==
        "content/scores/2566.yaml:1:14: error: fiscal_year '2567' does not match the file name '2566.yaml'\n");
}

TEST_CASE("errors_on_common_era_fiscal_year_with_buddhist_era_hint") {
  diag::DiagnosticSink sink;
  CHECK_FALSE(content::parse_scores("fiscal_year: 2024\n", "content/scores/2567.yaml", sink));
  CHECK(all(sink) == "content/scores/2567.yaml:1:14: error: fiscal year '2024' is not a Buddhist Era year\n");
  CHECK(sink.diagnostics()[0].hint == "fiscal years are Buddhist Era: did you mean 2567?");
}

TEST_CASE("errors_on_missing_fiscal_year") {
  diag::DiagnosticSink sink;
  CHECK_FALSE(content::parse_scores("total: 90\n", kPath, sink));
  CHECK(all(sink) == "content/scores/2566.yaml:1:1: error: missing required field 'fiscal_year'\n");
}

TEST_CASE("errors_on_indicators_that_are_not_a_map") {
  CHECK(errors_of("fiscal_year: 2566\nindicators: [100, 100]\n") ==
        "content/scores/2566.yaml:2:13: error: 'indicators' must be a map\n");
}

TEST_CASE("warns_on_misspelt_total") {
  diag::DiagnosticSink sink;
  content::parse_scores("fiscal_year: 2566\ntotl: 90\n", kPath, sink);
  CHECK(all(sink) == "content/scores/2566.yaml:2:1: warning: unknown key 'totl'\n");
  CHECK(sink.diagnostics()[0].hint == "did you mean 'total'?");
}
