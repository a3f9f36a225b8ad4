// content/reports/<fy>/<round>.yaml: monitoring reports.
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

const std::string kPath = "content/reports/2567/6m.yaml";

}  // namespace

TEST_CASE("reads_every_field_of_a_report") {
  diag::DiagnosticSink sink;
  auto rec = content::parse_report(
      "fiscal_year: 2567\n"
      "round: 6m\n"
      "as_of: 2567-03-31\n"
      "summary: สรุป\n"
      "measures:\n"
      "  - id: transparent-personnel\n"
      "    status: in_progress\n"
      "    progress: 60\n"
      "    results: ผล\n"
      "    problems: ปัญหา\n"
      "    evidence: [{title: ภาพ, file: files/x.jpg}]\n",
      kPath, sink);
  REQUIRE(rec);
  CHECK(all(sink) == "");
  CHECK(rec->fiscal_year == 2567);
  CHECK(rec->round == "6m");
  CHECK(*rec->as_of == thai::Date{2024, 3, 31});
  CHECK(rec->summary.source == "สรุป");
  REQUIRE(rec->measures.size() == 1);
  CHECK(rec->measures[0].id == "transparent-personnel");
  CHECK(rec->measures[0].status == content::ReportStatus::kInProgress);
  CHECK(rec->measures[0].progress == 60);
  CHECK(rec->measures[0].results.source == "ผล");
  CHECK(rec->measures[0].problems.source == "ปัญหา");
  CHECK(rec->measures[0].evidence.size() == 1);
  CHECK(rec->measures[0].where.line == 6);
}

TEST_CASE("errors_on_round_not_matching_the_file_name") {
  diag::DiagnosticSink sink;
  content::parse_report("fiscal_year: 2567\nround: 12m\n", kPath, sink);
  CHECK(all(sink) == "content/reports/2567/6m.yaml:2:8: error: round '12m' does not match the file name '6m.yaml'\n");
}

TEST_CASE("errors_on_fiscal_year_not_matching_the_folder") {
  diag::DiagnosticSink sink;
  content::parse_report("fiscal_year: 2566\nround: 6m\n", kPath, sink);
  CHECK(all(sink) == "content/reports/2567/6m.yaml:1:14: error: fiscal_year '2566' does not match the folder '2567'\n");
}

TEST_CASE("errors_on_unknown_round_and_status") {
  diag::DiagnosticSink sink;
  CHECK_FALSE(content::parse_report("fiscal_year: 2567\nround: 6 months\n", kPath, sink));
  CHECK(all(sink) == "content/reports/2567/6m.yaml:2:8: error: unknown round '6 months'\n");
  diag::DiagnosticSink sink2;
  content::parse_report("fiscal_year: 2567\nround: 6m\nmeasures: [{id: a, status: in-progress}]\n", kPath, sink2);
  CHECK(all(sink2) == "content/reports/2567/6m.yaml:3:28: error: unknown status 'in-progress'\n");
  CHECK(sink2.diagnostics()[0].hint == "did you mean 'in_progress'?");
}

TEST_CASE("errors_on_progress_outside_0_to_100") {
  diag::DiagnosticSink sink;
  content::parse_report("fiscal_year: 2567\nround: 6m\nmeasures: [{id: a, status: done, progress: 120}]\n", kPath, sink);
  CHECK(all(sink) == "content/reports/2567/6m.yaml:3:44: error: progress '120' is outside 0 to 100\n");
}
