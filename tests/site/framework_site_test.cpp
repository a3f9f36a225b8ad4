// Three years in three scales on one site (tests/sites/frameworks): FY2566 on the shipped AA-F
// framework, FY2568 with a rating written as a list, FY2569 on the NACC's five levels with its
// own 23-item list, renamed sub-indicators and items published by statement.
#include <doctest/doctest.h>

#include "site_test_support.h"

using namespace itagen::testing;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// The fixture with some files replaced.
BuiltSite build_with(std::map<std::string, std::string> changes) {
  auto files = read_fixture("frameworks");
  for (auto& [path, text] : changes) files[path] = std::move(text);
  return build_files(files);
}

}  // namespace

TEST_CASE("history_shows_each_year_in_its_own_scale") {
  auto site = build_fixture("frameworks");
  REQUIRE(site.ok);
  const auto& history = site.file("ita/index.html");
  CHECK(contains(history, "class=\"level level-aa\" title=\"Excellence\">AA</span>"));
  CHECK(contains(history, "class=\"level level-custom-2\" title=\"Good\">ดี</span>"));
  // 95.57 overall, but EIT at 94.00 of 100 misses the bar of ผ่านดีเยี่ยม.
  CHECK(contains(history, "class=\"level level-good\" title=\"Good\">ผ่านดี</span>"));
  CHECK_FALSE(contains(history, "ผ่านดีเยี่ยม</span>"));
  // Each bar is coloured by its own year's pass: 2568's custom scale passes ดี.
  CHECK(contains(history, "<title>ปีงบประมาณ 2569: 95.57 ผ่านดี</title><rect class=\"bar bar-pass\""));
  CHECK(contains(history, "<title>ปีงบประมาณ 2568: 91.23 ดี</title><rect class=\"bar bar-pass\""));
}

TEST_CASE("a_year_with_its_own_criteria_gets_no_provisional_warning") {
  auto site = build_fixture("frameworks");
  REQUIRE(site.ok);
  CHECK(site.diags.warning_count() == 0);
  CHECK_FALSE(contains(site.messages, "provisional"));
  CHECK_FALSE(contains(site.file("oit/2569/index.html"), "ชั่วคราว"));
}

TEST_CASE("the_year_page_shows_item_results_by_sub_indicator_with_the_year_s_titles") {
  auto site = build_fixture("frameworks");
  const auto& year = site.file("ita/2569/index.html");
  CHECK(contains(year, "ตัวชี้วัดย่อย 9.4 การปฏิบัติหน้าที่และการให้บริการ"));
  CHECK(contains(year, "ตัวชี้วัดย่อย 10.1 การจัดการเรื่องร้องเรียนการทุจริต"));
  CHECK(contains(year, "<tr class=\"zero\"><th scope=\"row\" class=\"code\">O10</th><td>สรุปผลการจัดซื้อจัดจ้างรายเดือน</td>"
                       "<td class=\"num\">0</td><td>ไม่มีสรุปผลการจัดซื้อจัดจ้างรายเดือนครบทุกเดือน</td></tr>"));
  CHECK(contains(year, "<th scope=\"row\" class=\"code\">O23</th><td>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</td>"
                       "<td class=\"num\">100</td>"));
  CHECK(contains(year, "เกณฑ์การประเมิน: ITA สำนักงาน ป.ป.ช. ปีงบประมาณ 2569"));
  // The tools' own scores, which decided the level.
  CHECK(contains(year, "EIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก"));
}

TEST_CASE("the_oit_index_counts_the_year_s_own_list_and_marks_statements") {
  auto site = build_fixture("frameworks");
  const auto& index = site.file("oit/2569/index.html");
  CHECK(contains(index, "href=\"/ita/oit/2569/o23/\""));
  CHECK_FALSE(contains(index, "href=\"/ita/oit/2569/o24/\""));
  CHECK(contains(index, "การจัดการเรื่องร้องเรียนการทุจริต"));
  CHECK(contains(index, "ชี้แจงแล้ว (ไม่มีข้อมูลที่ต้องเผยแพร่)"));
  CHECK(site.has("oit/2569/o23/index.html"));
  CHECK_FALSE(site.has("oit/2569/o24/index.html"));
  const auto& item = site.file("oit/2569/o10/index.html");
  CHECK(contains(item, "ไม่มีการจัดซื้อจัดจ้าง"));
  const auto& csv = site.file("oit/2569/links.csv");
  CHECK(contains(csv, "\nO10,สรุปผลการจัดซื้อจัดจ้างรายเดือน,9.3,มี,"));
  CHECK(contains(csv, "\nO1,โครงสร้างและข้อมูลผู้บริหาร,9.1,มี,"));
  CHECK(contains(csv, "\nO2,อำนาจหน้าที่,9.1,ไม่มี,"));
}

TEST_CASE("open_data_carries_each_year_s_scale") {
  auto site = build_fixture("frameworks");
  const auto& csv = site.file("data/ita-history.csv");
  CHECK(contains(csv, "fiscal_year,total,scale,level,pass,change,direction,rank,of\n"));
  CHECK(contains(csv, "2566,96.77,aa-f,AA,yes,"));
  CHECK(contains(csv, "2568,91.23,custom,ดี,yes,"));
  CHECK(contains(csv, "2569,95.57,nacc-5,ผ่านดี,yes,"));
  const auto& json = site.file("data/ita.json");
  CHECK(contains(json, "\"scale\": \"nacc-5\""));
  CHECK(contains(json, "\"level\": \"ผ่านดี\""));
}

TEST_CASE("a_published_level_that_contradicts_the_rating_is_an_error_quoting_both") {
  auto site = build_with({{"content/scores/2569.yaml",
                           "fiscal_year: 2569\ntotal: 95.57\nlevel: ผ่านดีเยี่ยม\ntools: {IIT: 29.70, EIT: 28.20, OIT: 37.67}\n"}});
  CHECK_FALSE(site.ok);
  CHECK(contains(site.messages, "content/scores/2569.yaml:3:8: error: published level 'ผ่านดีเยี่ยม' contradicts the rating of "
                                "fiscal year 2569: the total 95.57 with EIT at 94.00 and OIT at 94.18 gives level 'ผ่านดี'\n"));
  auto aa = build_with({{"content/scores/2566.yaml", "fiscal_year: 2566\ntotal: 91.23\nlevel: AA\n"}});
  CHECK(contains(aa.messages, "content/scores/2566.yaml:3:8: error: published level 'AA' contradicts the rating of fiscal "
                              "year 2566: the total 91.23 gives level 'A'\n"));
}

TEST_CASE("a_level_that_cannot_be_decided_is_shown_as_published_with_a_note") {
  // nacc-5 with a total of 96 and no tool scores: ผ่านดีเยี่ยม needs each tool's score.
  auto site = build_with({{"content/scores/2569.yaml", "fiscal_year: 2569\ntotal: 96.00\nlevel: ผ่านดี\n"}});
  REQUIRE(site.ok);
  CHECK(site.diags.warning_count() == 0);
  const auto& year = site.file("ita/2569/index.html");
  CHECK(contains(year, ">ผ่านดี</span>"));
  CHECK(contains(year, "ระดับตามที่ประกาศ"));
}

TEST_CASE("a_level_that_cannot_be_decided_nor_was_published_is_unknown_and_check_warns") {
  auto site = build_with({{"content/scores/2569.yaml", "fiscal_year: 2569\ntotal: 96.00\n"}});
  REQUIRE(site.ok);
  CHECK(contains(site.messages, "content/scores/2569.yaml:1:1: warning: the level of fiscal year 2569 is unknown: level "
                                "ผ่านดีเยี่ยม needs each tool's score, and not all were published\n"));
  CHECK(contains(site.file("ita/2569/index.html"), "ไม่ทราบระดับผลการประเมิน"));
}

TEST_CASE("score_keys_must_exist_in_the_year_s_framework") {
  auto site = build_with({{"content/scores/2569.yaml",
                           "fiscal_year: 2569\ntotal: 95.57\nindicators: {11: 90}\nsub_indicators: {\"9.6\": 100}\n"
                           "tools: {XIT: 10}\nlevel: AA\nitems: {O24: 100}\n"}});
  CHECK_FALSE(site.ok);
  CHECK(contains(site.messages, "content/scores/2569.yaml:3:14: error: unknown indicator '11'\n"));
  CHECK(contains(site.messages, "hint: indicators are numbered 1 to 10 in fiscal year 2569\n"));
  CHECK(contains(site.messages, "content/scores/2569.yaml:4:18: error: unknown sub-indicator '9.6'\n"));
  CHECK(contains(site.messages, "content/scores/2569.yaml:5:9: error: unknown tool 'XIT'\n"));
  CHECK(contains(site.messages, "content/scores/2569.yaml:6:8: error: unknown level 'AA'\n"));
  CHECK(contains(site.messages, "content/scores/2569.yaml:7:9: error: unknown OIT item 'O24' for fiscal year 2569\n"));
}

TEST_CASE("measures_name_indicators_of_the_results_analysed_and_items_of_their_year") {
  auto files = read_fixture("frameworks");
  std::string measures = files.at("content/measures/2567.yaml");
  auto at = measures.find("indicators: [");
  REQUIRE(at != std::string::npos);
  measures.insert(at + 13, "11, ");
  files["content/measures/2567.yaml"] = measures;
  auto site = build_files(files);
  CHECK_FALSE(site.ok);
  CHECK(contains(site.messages, "error: unknown indicator '11'\n"));
  CHECK(contains(site.messages,
                 "hint: the measures answer the 2566 results (based_on: 2566), whose indicators are 1 to 10\n"));
}
