// Whole-site tests of /oit/<fy>/links.csv, the ITAS answer sheet the office works from, and of
// the byte order mark of the open-data CSV: rows asserted exactly, as Excel would show them.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <vector>

#include "site_test_support.h"

using namespace itagen::testing;

namespace {

const std::string kBom = "\xEF\xBB\xBF";
const std::string kHeader =
    "ข้อ,รายการ,ตัวชี้วัดย่อย,คำตอบ,ลิงก์หน้าเว็บ,ลิงก์หลักฐาน,ปรับปรุงล่าสุด,คำอธิบายสำหรับผู้ประเมิน\n";

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// The fixture with text replaced in some of its files.
BuiltSite build_changed(const std::string& fixture, const std::vector<std::array<std::string, 3>>& edits) {
  auto files = read_fixture(fixture);
  for (const auto& [path, from, to] : edits) {
    auto& text = files[path];
    auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, (path + ": " + from));
    text.replace(at, from.size(), to);
  }
  return build_files(files);
}

}  // namespace

TEST_CASE("links_csv_starts_with_a_bom_and_the_thai_header") {
  auto site = build_fixture("full");
  REQUIRE(site.ok);
  const auto& csv = site.file("oit/2567/links.csv");
  CHECK(csv.rfind(kBom + kHeader, 0) == 0);
  CHECK(std::count(csv.begin(), csv.end(), '\n') == 44);  // the header and the 43 items
}

TEST_CASE("links_csv_answers_each_item_with_its_page_evidence_date_and_note") {
  auto site = build_fixture("full");
  REQUIRE(site.ok);
  const auto& csv = site.file("oit/2567/links.csv");
  // A file under content/static/: its full address.
  CHECK(contains(csv, "\nO1,โครงสร้าง,9.1,มี,https://www.example.go.th/ita/oit/2567/o01/,"
                      "https://www.example.go.th/ita/files/structure.pdf,15/10/2566,\n"));
  // A generated page: its full address.
  CHECK(contains(csv, "\nO42,มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน,10.2,มี,"
                      "https://www.example.go.th/ita/oit/2567/o42/,https://www.example.go.th/ita/measures/2567/,"
                      "20/11/2566,\n"));
  // A file without evidence is still missing, with the date the file was last touched.
  CHECK(contains(csv, "\nO43,การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน,10.2,ไม่มี,"
                      "https://www.example.go.th/ita/oit/2567/o43/,,05/04/2567,\n"));
  // No file at all.
  CHECK(contains(csv, "\nO2,ข้อมูลผู้บริหาร,9.1,ไม่มี,https://www.example.go.th/ita/oit/2567/o02/,,,\n"));
  CHECK_FALSE(contains(csv, "present"));
  CHECK_FALSE(contains(csv, "missing"));
}

TEST_CASE("links_csv_joins_several_evidence_links_with_a_bar_and_keeps_outside_links_as_written") {
  auto site = build_changed("full", {{"content/oit/2567/O01.md", "  - {title: แผนภูมิโครงสร้าง, file: files/structure.pdf}\n",
                                      "  - {title: แผนภูมิโครงสร้าง, file: files/structure.pdf}\n"
                                      "  - {title: ทำเนียบผู้บริหาร, url: \"https://www.example.go.th/about/?tab=1,2\"}\n"
                                      "  - {title: มาตรการ, page: /measures/2567/}\n"}});
  REQUIRE(site.ok);
  CHECK(contains(site.file("oit/2567/links.csv"),
                 "\nO1,โครงสร้าง,9.1,มี,https://www.example.go.th/ita/oit/2567/o01/,"
                 "\"https://www.example.go.th/ita/files/structure.pdf | https://www.example.go.th/about/?tab=1,2 | "
                 "https://www.example.go.th/ita/measures/2567/\",15/10/2566,\n"));
}

TEST_CASE("links_csv_answers_a_statement_with_yes_and_quotes_the_assessor_note") {
  auto site = build_fixture("frameworks");
  REQUIRE(site.ok);
  const auto& csv = site.file("oit/2569/links.csv");
  CHECK(csv.rfind(kBom + kHeader, 0) == 0);
  CHECK(contains(csv, "\nO10,สรุปผลการจัดซื้อจัดจ้างรายเดือน,9.3,มี,https://www.example.go.th/ita/oit/2569/o10/,,"
                      "05/12/2568,\n"));
  CHECK(contains(csv, "\nO1,โครงสร้างและข้อมูลผู้บริหาร,9.1,มี,https://www.example.go.th/ita/oit/2569/o01/,"
                      "https://www.example.go.th/ita/files/structure.pdf,20/10/2568,"
                      "\"หน้าแรกของเว็บไซต์ เมนู \"\"เกี่ยวกับเรา\"\" หัวข้อโครงสร้าง\"\n"));
  CHECK(contains(csv, "\nO2,อำนาจหน้าที่,9.1,ไม่มี,https://www.example.go.th/ita/oit/2569/o02/,,,\n"));
  CHECK(std::count(csv.begin(), csv.end(), '\n') == 24);  // the year's own list of 23
}

TEST_CASE("links_csv_marks_a_not_applicable_item_as_not_assessed") {
  auto site = build_changed("full", {{"content/criteria/2567.yaml", "    title: \"อำนาจหน้าที่\"\n",
                                      "    title: \"อำนาจหน้าที่\"\n    not_applicable: true\n"}});
  REQUIRE(site.ok);
  CHECK(contains(site.file("oit/2567/links.csv"),
                 "\nO3,อำนาจหน้าที่,9.1,ไม่ประเมิน,https://www.example.go.th/ita/oit/2567/o03/,,,\n"));
}

TEST_CASE("links_csv_guards_an_assessor_note_that_looks_like_a_formula") {
  auto site = build_changed("full", {{"content/oit/2567/O43.md", "evidence: []\n",
                                      "evidence: []\nassessor_note: \"=HYPERLINK(\\\"https://evil.example/\\\")\"\n"}});
  REQUIRE(site.ok);
  CHECK(contains(site.file("oit/2567/links.csv"),
                 ",05/04/2567,\"'=HYPERLINK(\"\"https://evil.example/\"\")\"\n"));
}

TEST_CASE("ita_history_csv_starts_with_a_bom_so_that_excel_reads_the_thai_levels") {
  auto site = build_fixture("full");
  REQUIRE(site.ok);
  CHECK(site.file("data/ita-history.csv").rfind(kBom + "fiscal_year,total,scale,level,pass,change,direction,rank,of\n", 0) ==
        0);
}
