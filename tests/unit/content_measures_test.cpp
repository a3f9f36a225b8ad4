// content/measures/<fy>.yaml: analysis and measures.
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

const std::string kPath = "content/measures/2567.yaml";

const std::string kMeasure =
    "  - id: transparent-personnel\n"
    "    title: มาตรการบุคคลโปร่งใส\n"
    "    indicators: [7]\n"
    "    steps: [ประชุม]\n"
    "    responsible: [{group: กลุ่มบริหารงานบุคคล}]\n"
    "    period: {start: 2567-05-01, end: 2567-09-30}\n";

std::string errors_of(const std::string& measures) {
  diag::DiagnosticSink sink;
  content::parse_measures("fiscal_year: 2567\nmeasures:\n" + measures, kPath, sink);
  return all(sink);
}

}  // namespace

TEST_CASE("reads_every_field_of_a_measures_file") {
  diag::DiagnosticSink sink;
  auto rec = content::parse_measures(
      "fiscal_year: 2567\n"
      "based_on: 2565\n"
      "approved: 2024-05-08\n"
      "committee_order: 159/2567\n"
      "analysis:\n"
      "  strengths: [{indicator: 1, text: ดี}]\n"
      "  urgent: [{indicator: 7, text: \"**เร่ง**\"}]\n"
      "  improve: [{indicator: 10, text: พัฒนา}]\n"
      "limitations: [{area: ด้านงบประมาณ, text: น้อย}]\n"
      "support_requests: [ขอ 1, ขอ 2]\n"
      "measures:\n"
      "  - id: transparent-personnel\n"
      "    title: มาตรการบุคคลโปร่งใส\n"
      "    kind: improve\n"
      "    indicators: [7, 10]\n"
      "    items: [O24, o05]\n"
      "    issue: |\n"
      "      จุดอ่อน\n"
      "    steps:\n"
      "      - ขั้นที่ 1\n"
      "      - ขั้นที่ 2\n"
      "    responsible:\n"
      "      - {group: กลุ่มบริหารงานบุคคล, people: [นางสาวตัวอย่าง ใจดี]}\n"
      "    period: {start: 2567-05-01, end: 2024-09-30}\n"
      "    monitoring:\n"
      "      supervisors: [นายตัวอย่าง รักงาน]\n"
      "      report_to: การประชุมฝ่ายบริหาร\n"
      "      rounds: [6m, 12m]\n",
      kPath, sink);
  REQUIRE(rec);
  CHECK(all(sink) == "");
  CHECK(rec->fiscal_year == 2567);
  CHECK(rec->based_on == 2565);
  CHECK(*rec->approved == thai::Date{2024, 5, 8});
  CHECK(rec->committee_order == "159/2567");
  CHECK(rec->analysis.strengths.at(0).indicator == 1);
  CHECK(rec->analysis.urgent.at(0).text.source == "**เร่ง**");
  CHECK(rec->analysis.urgent.at(0).text.where.line == 7);
  CHECK(rec->analysis.improve.at(0).indicator == 10);
  CHECK(rec->limitations.at(0).area == "ด้านงบประมาณ");
  CHECK(rec->support_requests.size() == 2);
  REQUIRE(rec->measures.size() == 1);
  const auto& m = rec->measures[0];
  CHECK(m.id == "transparent-personnel");
  CHECK(m.kind == content::MeasureKind::kImprove);
  CHECK(m.indicators == std::vector<int>{7, 10});
  CHECK(m.items == std::vector<std::string>{"O24", "O5"});
  CHECK(m.issue.source == "จุดอ่อน\n");
  CHECK(m.steps.size() == 2);
  CHECK(m.steps[1].where.line == 21);
  CHECK(m.responsible.at(0).people.at(0) == "นางสาวตัวอย่าง ใจดี");
  CHECK(m.period_start == thai::Date{2024, 5, 1});
  CHECK(m.period_end == thai::Date{2024, 9, 30});
  CHECK(m.period_where.line == 24);
  CHECK(m.monitoring.rounds == std::vector<std::string>{"6m", "12m"});
  CHECK(m.monitoring.report_to == "การประชุมฝ่ายบริหาร");
  CHECK(m.where.line == 12);
}

TEST_CASE("based_on_defaults_to_the_previous_year_and_kind_to_urgent") {
  diag::DiagnosticSink sink;
  auto rec = content::parse_measures("fiscal_year: 2567\nmeasures:\n" + kMeasure, kPath, sink);
  REQUIRE(rec);
  CHECK(all(sink) == "");
  CHECK(rec->based_on == 2566);
  CHECK(rec->measures.at(0).kind == content::MeasureKind::kUrgent);
}

TEST_CASE("errors_on_measure_id_outside_a_z_0_9_and_hyphen") {
  std::string m = kMeasure;
  m.replace(m.find("transparent-personnel"), 21, "Transparent_Personnel");
  CHECK(errors_of(m) ==
        "content/measures/2567.yaml:3:9: error: measure id 'Transparent_Personnel' may hold only a-z, 0-9 and '-'\n");
}

TEST_CASE("errors_on_duplicate_measure_ids") {
  diag::DiagnosticSink sink;
  auto rec = content::parse_measures("fiscal_year: 2567\nmeasures:\n" + kMeasure + kMeasure, kPath, sink);
  CHECK(all(sink) == "content/measures/2567.yaml:9:5: error: duplicate measure id 'transparent-personnel'\n");
  CHECK(sink.diagnostics()[0].hint == "the first is on line 3; give each measure its own id");
  CHECK(rec->measures.size() == 1);
}

TEST_CASE("errors_on_period_ending_before_it_starts") {
  std::string m = kMeasure;
  m.replace(m.find("2567-09-30"), 10, "2567-04-01");
  CHECK(errors_of(m) == "content/measures/2567.yaml:8:13: error: period ends '2567-04-01' before it starts '2567-05-01'\n");
}

TEST_CASE("errors_on_invalid_dates") {
  std::string m = kMeasure;
  m.replace(m.find("2567-09-30"), 10, "2567-02-30");
  CHECK(errors_of(m) == "content/measures/2567.yaml:8:38: error: '2567-02-30' is not a real date\n");
  m = kMeasure;
  m.replace(m.find("2567-09-30"), 10, "30/9/2567");
  CHECK(errors_of(m) == "content/measures/2567.yaml:8:38: error: '30/9/2567' is not a date written YYYY-MM-DD\n");
}

TEST_CASE("errors_on_unknown_kind_and_round_with_did_you_mean") {
  diag::DiagnosticSink sink;
  content::parse_measures("fiscal_year: 2567\nmeasures:\n" + kMeasure + "    kind: urgnt\n    monitoring: {rounds: [6M, q5]}\n",
                          kPath, sink);
  CHECK(all(sink) == "content/measures/2567.yaml:9:11: error: unknown kind 'urgnt'\n"
                     "content/measures/2567.yaml:10:27: error: unknown round '6M'\n"
                     "content/measures/2567.yaml:10:31: error: unknown round 'q5'\n");
  CHECK(sink.diagnostics()[0].hint == "did you mean 'urgent'?");
  CHECK(sink.diagnostics()[1].hint == "did you mean '6m'?");
}

TEST_CASE("errors_on_missing_and_empty_required_lists") {
  CHECK(errors_of("  - id: a\n    title: t\n    indicators: 7\n    steps: []\n    responsible: []\n") ==
        "content/measures/2567.yaml:5:17: error: 'indicators' must be a list\n"
        "content/measures/2567.yaml:6:12: error: 'steps' needs at least one entry\n"
        "content/measures/2567.yaml:7:18: error: 'responsible' needs at least one entry\n"
        "content/measures/2567.yaml:3:5: error: missing required field 'period'\n");
}

// Whether indicator 11 exists is the framework's to say (tests/site/framework_site_test.cpp);
// the parser refuses only what can never be an indicator.
TEST_CASE("errors_on_indicator_numbers_below_1") {
  std::string m = kMeasure;
  m.replace(m.find("[7]"), 3, "[7, 0]");
  CHECK(errors_of(m) == "content/measures/2567.yaml:5:21: error: unknown indicator '0'\n");
  m = kMeasure;
  m.replace(m.find("[7]"), 3, "[7, 11]");
  CHECK(errors_of(m) == "");
}

TEST_CASE("errors_on_analysis_point_without_text") {
  diag::DiagnosticSink sink;
  content::parse_measures("fiscal_year: 2567\nanalysis:\n  urgent:\n    - indicator: 7\n", kPath, sink);
  CHECK(all(sink) == "content/measures/2567.yaml:4:7: error: missing required field 'text'\n");
}

TEST_CASE("reads_who_signs_the_measures") {
  diag::DiagnosticSink sink;
  auto rec = content::parse_measures("fiscal_year: 2567\nsigned_by: {name: นายวิทยา สุจริตธรรม, position: ผู้อำนวยการ}\n"
                                     "measures:\n" + kMeasure,
                                     kPath, sink);
  REQUIRE(rec);
  CHECK(all(sink) == "");
  CHECK(rec->signed_by.name == "นายวิทยา สุจริตธรรม");
  CHECK(rec->signed_by.position == "ผู้อำนวยการ");
}

TEST_CASE("errors_on_signed_by_without_a_position_or_not_a_map") {
  diag::DiagnosticSink sink;
  content::parse_measures("fiscal_year: 2567\nsigned_by: {name: นายวิทยา}\nmeasures:\n" + kMeasure, kPath, sink);
  CHECK(all(sink) == "content/measures/2567.yaml:2:12: error: missing required field 'position'\n");
  diag::DiagnosticSink text_sink;
  content::parse_measures("fiscal_year: 2567\nsigned_by: นายวิทยา\nmeasures:\n" + kMeasure, kPath, text_sink);
  CHECK(all(text_sink) == "content/measures/2567.yaml:2:12: error: 'signed_by' needs a name and a position\n");
}
