// content/oit/<fy>/*.md: one OIT item per file.
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

const std::string kPath = "content/oit/2567/O01.md";

}  // namespace

TEST_CASE("reads_an_oit_item_file") {
  diag::DiagnosticSink sink;
  auto item = content::parse_oit_item(
      "---\n"
      "item: O01\n"
      "updated: 2567-01-15\n"
      "responsible: กลุ่มอำนวยการ\n"
      "evidence:\n"
      "  - {title: แผนภูมิโครงสร้าง, file: files/structure-2567.pdf}\n"
      "  - {title: e-Service, url: https://example.go.th}\n"
      "  - {title: มาตรการ, page: measures/2567}\n"
      "---\n"
      "โครงสร้างของ **สำนักงาน**\n",
      kPath, 2567, sink);
  REQUIRE(item);
  CHECK(all(sink) == "");
  CHECK(item->fiscal_year == 2567);
  CHECK(item->item == "O1");
  CHECK(item->where.path == kPath);
  CHECK(item->where.line == 2);
  CHECK(item->updated == thai::Date{2024, 1, 15});
  CHECK(item->responsible == "กลุ่มอำนวยการ");
  REQUIRE(item->evidence.size() == 3);
  CHECK(item->evidence[0].file == "files/structure-2567.pdf");
  CHECK(item->evidence[1].url == "https://example.go.th");
  CHECK(item->evidence[2].page == "measures/2567");
  CHECK(item->evidence[2].where.line == 8);
  CHECK(item->body.source == "โครงสร้างของ **สำนักงาน**\n");
  CHECK(item->body.where.line == 10);
}

TEST_CASE("front_matter_errors_point_at_the_real_file_line") {
  diag::DiagnosticSink sink;
  auto item = content::parse_oit_item("---\nitem: O1\nupdated: 2567-13-01\nevidense: []\n---\n", kPath, 2567, sink);
  CHECK(item);
  CHECK(all(sink) == "content/oit/2567/O01.md:4:1: warning: unknown key 'evidense'\n"
                     "content/oit/2567/O01.md:3:10: error: '2567-13-01' is not a real date\n");
  CHECK(sink.diagnostics()[0].hint == "did you mean 'evidence'?");
}

TEST_CASE("invalid_yaml_in_front_matter_points_at_the_real_file_line") {
  diag::DiagnosticSink sink;
  CHECK_FALSE(content::parse_oit_item("---\nitem: O1\nupdated: [2567\n---\n", kPath, 2567, sink));
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(sink.diagnostics()[0].where.line == 3);  // the '[' left open, not the line where yaml-cpp gave up
  CHECK(sink.diagnostics()[0].where.column == 10);
  CHECK(sink.diagnostics()[0].message.rfind("invalid YAML: ", 0) == 0);
}

TEST_CASE("errors_on_evidence_address_without_scheme") {
  diag::DiagnosticSink sink;
  auto item = content::parse_oit_item(
      "---\nitem: O1\nupdated: 2567-01-10\nevidence:\n  - {title: News, url: www.example.go.th/news/1}\n---\n", kPath,
      2567, sink);
  CHECK(item);
  CHECK(all(sink) == "content/oit/2567/O01.md:5:24: error: web address 'www.example.go.th/news/1' has no http:// or "
                     "https://\n");
  CHECK(sink.diagnostics()[0].hint == "write https://www.example.go.th/news/1");
}

TEST_CASE("errors_on_missing_item_and_updated") {
  diag::DiagnosticSink sink;
  CHECK_FALSE(content::parse_oit_item("---\nresponsible: x\n---\nbody\n", kPath, 2567, sink));
  CHECK(all(sink) == "content/oit/2567/O01.md:2:1: error: missing required field 'item'\n");
}

TEST_CASE("errors_on_oit_file_without_front_matter") {
  diag::DiagnosticSink sink;
  CHECK_FALSE(content::parse_oit_item("# O1\n", kPath, 2567, sink));
  CHECK(all(sink) == "content/oit/2567/O01.md:1:1: error: missing front matter\n");
}

TEST_CASE("errors_on_unclosed_oit_front_matter") {
  diag::DiagnosticSink sink;
  CHECK_FALSE(content::parse_oit_item("---\nitem: O1\n", kPath, 2567, sink));
  CHECK(all(sink) == "content/oit/2567/O01.md:1:1: error: unclosed front matter\n");
}

TEST_CASE("errors_on_bad_utf8_in_the_body_at_its_line") {
  diag::DiagnosticSink sink;
  CHECK_FALSE(content::parse_oit_item("---\nitem: O1\nupdated: 2567-01-01\n---\nok\nab\xFF\n", kPath, 2567, sink));
  CHECK(all(sink) == "content/oit/2567/O01.md:6:3: error: file is not valid UTF-8\n");
}
