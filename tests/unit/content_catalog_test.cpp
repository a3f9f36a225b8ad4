// OIT criteria catalogs.
#include <doctest/doctest.h>

#include "content/parsers.h"
#include "fs/file_system.h"

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

}  // namespace

TEST_CASE("reads_a_catalog") {
  diag::DiagnosticSink sink;
  auto catalog = content::parse_catalog(
      "fiscal_year: 2567\nitems:\n"
      "  - {code: O1, sub_indicator: \"9.1\", title: โครงสร้าง, requires: [ข้อมูลปีปัจจุบัน]}\n"
      "  - {code: O02, sub_indicator: \"10.2\", title: ผู้บริหาร, not_applicable: true}\n",
      "content/criteria/2567.yaml", sink);
  REQUIRE(catalog);
  CHECK(all(sink) == "");
  CHECK(catalog->fiscal_year == 2567);
  CHECK(catalog->source == "content/criteria/2567.yaml");
  REQUIRE(catalog->items.size() == 2);
  CHECK(catalog->items[0].requirements.at(0) == "ข้อมูลปีปัจจุบัน");
  CHECK(catalog->items[1].code == "O2");
  CHECK(catalog->items[1].number == 2);
  CHECK(catalog->items[1].not_applicable);
  CHECK(catalog->find("O2") == &catalog->items[1]);
}

TEST_CASE("errors_on_duplicate_codes_and_unknown_sub_indicators") {
  diag::DiagnosticSink sink;
  auto catalog = content::parse_catalog(
      "fiscal_year: 2567\nitems:\n"
      "  - {code: O1, sub_indicator: \"9.1\", title: a}\n"
      "  - {code: O01, sub_indicator: \"9.1\", title: b}\n"
      "  - {code: O3, sub_indicator: \"11.1\", title: c}\n",
      "content/criteria/2567.yaml", sink);
  CHECK(all(sink) == "content/criteria/2567.yaml:4:5: error: item 'O1' is listed twice\n"
                     "content/criteria/2567.yaml:5:31: error: unknown sub-indicator '11.1'\n");
}

#ifdef ITAGEN_SOURCE_DIR
TEST_CASE("shipped_catalogs_load_without_diagnostics") {
  fs::RealFileSystem files(ITAGEN_SOURCE_DIR);
  for (const auto& path : files.list_files("generator/data/criteria")) {
    diag::DiagnosticSink sink;
    auto catalog = content::parse_catalog(*files.read(path), path, sink);
    CHECK(catalog);
    CHECK(all(sink) == "");
    CHECK(catalog->items.size() >= 30);
  }
}
#endif
