// Whole-site tests of what the pages print where content is partial or written the way offices
// write it: no label without its value, no word said twice, no dead phone link.
#include <doctest/doctest.h>

#include <array>
#include <vector>

#include "site_test_support.h"

using namespace itagen::testing;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size())) ++n;
  return n;
}

// The text between the first `from` and the `to` after it; empty when either is missing.
std::string between(const std::string& text, const std::string& from, const std::string& to) {
  auto start = text.find(from);
  if (start == std::string::npos) return {};
  auto end = text.find(to, start);
  return end == std::string::npos ? std::string() : text.substr(start, end - start);
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

const std::string kYearRuleFull = "ข้อมูลหรือการดำเนินการในปีงบประมาณที่ประเมิน";

}  // namespace

TEST_CASE("an_item_without_a_responsible_group_shows_no_empty_row") {
  // O43 has no responsible key; O42 writes it empty.
  auto site = build_changed("full", {{"content/oit/2567/O42.md", "responsible: กลุ่มพัฒนาบุคลากร", "responsible: \"\""}});
  REQUIRE(site.ok);
  CHECK(contains(site.file("oit/2567/o01/index.html"), "<dt>ผู้รับผิดชอบ</dt><dd>กลุ่มอำนวยการ</dd>"));
  for (const char* page : {"oit/2567/o42/index.html", "oit/2567/o43/index.html"}) {
    CHECK_MESSAGE(!contains(site.file(page), "<dt>ผู้รับผิดชอบ</dt>"), page);
  }
  const auto& index = site.file("oit/2567/index.html");
  CHECK(contains(index, "<time datetime=\"2024-04-05\">5 เม.ย. 2567</time></td><td>–</td></tr>"));
  CHECK(contains(index, "<time datetime=\"2023-11-20\">20 พ.ย. 2566</time></td><td>–</td></tr>"));
}

TEST_CASE("measures_approved_without_a_committee_order_state_only_the_date") {
  auto with_order = build_fixture("full");
  REQUIRE(with_order.ok);
  CHECK(contains(with_order.file("measures/2567/index.html"),
                 "<p class=\"lead\">ผ่านความเห็นชอบเมื่อวันที่ <time datetime=\"2023-11-15\">15 พฤศจิกายน 2566</time> "
                 "ตามคำสั่งที่ <a href=\"/ita/committee/2567/\">12/2567</a></p>"));
  auto without = build_changed("full", {{"content/measures/2567.yaml", "committee_order: 12/2567\n", ""}});
  REQUIRE(without.ok);
  const auto& page = without.file("measures/2567/index.html");
  CHECK(contains(page, "<p class=\"lead\">ผ่านความเห็นชอบเมื่อวันที่ <time datetime=\"2023-11-15\">15 พฤศจิกายน 2566</time></p>"));
  CHECK_FALSE(contains(page, "ตามคำสั่งที่"));
}

TEST_CASE("optional_text_left_out_prints_no_label_without_a_value") {
  auto site = build_changed(
      "full", {{"content/site.yaml", "name_en: Test Primary Educational Service Area Office 1\n", ""},
               {"content/committee/2567.yaml", "time: \"09:30\", place: ห้องประชุมใหญ่, ", ""},
               {"content/committee/2567.yaml", ", title: แต่งตั้งคณะทำงานขับเคลื่อนการประเมิน ITA", ""},
               {"content/measures/2567.yaml", "      report_to: การประชุมผู้บริหาร\n", ""},
               {"content/reports/2567/6m.yaml", "    problems: ไม่มี\n", ""},
               {"content/no-gift/2567.yaml", "name: นายผู้อำนวยการ ทดสอบ, ", ""}});
  REQUIRE(site.ok);
  CHECK_FALSE(contains(site.file("index.html"), "class=\"brand-en\""));
  const auto& committee = site.file("committee/2567/index.html");
  CHECK(contains(committee, "<h3>ประชุมวันที่ <time datetime=\"2023-11-15\">15 พฤศจิกายน 2566</time></h3>"));
  CHECK_FALSE(contains(committee, "<p class=\"meta\">ณ </p>"));
  CHECK(contains(committee, "<p>คำสั่งที่ 12/2567 ลงวันที่"));
  // A measure written without an issue and without report_to.
  CHECK_FALSE(contains(site.file("measures/2567/communication/index.html"), "ประเด็นที่ต้องแก้ไขหรือพัฒนา"));
  CHECK_FALSE(contains(site.file("measures/2567/transparent-budget/index.html"), "<dt>รายงานต่อ</dt>"));
  CHECK(contains(site.file("reports/2567/6m/index.html"), "<td>–</td>"));
  CHECK_FALSE(contains(site.file("no-gift/2567/index.html"), "<strong></strong>"));
  // An older year borrows the earliest framework and so names no source of its own.
  CHECK_FALSE(contains(site.file("ita/2565/index.html"), "เกณฑ์การประเมิน: </p>"));
}

TEST_CASE("the_no_gift_announcement_date_is_printed_once_when_the_text_already_states_it") {
  const std::string line = "ประกาศ ณ วันที่ 20 ตุลาคม พ.ศ. 2566";
  auto site = build_changed("full", {{"content/no-gift/2567.md", "ประกาศนโยบายไม่รับของขวัญ\n",
                                      "ประกาศนโยบายไม่รับของขวัญ\n\nจึงประกาศให้ทราบโดยทั่วกัน\n\n" + line + "\n"}});
  REQUIRE(site.ok);
  for (const char* page : {"no-gift/2567/index.html", "report/2567/index.html"}) {
    const auto& html = site.file(page);
    CHECK_MESSAGE(count(html, "ประกาศ ณ วันที่") == 1, page);
    CHECK_MESSAGE(contains(html, "<p>" + line + "</p>"), page);
  }
}

TEST_CASE("the_no_gift_signature_states_the_date_when_the_text_does_not") {
  auto site = build_fixture("full");
  REQUIRE(site.ok);
  const auto& html = site.file("no-gift/2567/index.html");
  CHECK(count(html, "ประกาศ ณ วันที่") == 1);
  CHECK(contains(html, "<p class=\"signature\">ประกาศ ณ วันที่ <time datetime=\"2023-10-20\">20 ตุลาคม 2566</time><br>"));
}

TEST_CASE("a_change_shown_with_its_direction_word_drops_the_sign") {
  auto full = build_fixture("full");
  REQUIRE(full.ok);
  CHECK(contains(full.file("index.html"), "ลดลง 0.17</dd>"));
  CHECK_FALSE(contains(full.file("index.html"), "-0.17"));
  CHECK(contains(full.file("ita/2566/index.html"), "ลดลง 0.17</dd>"));
  // The history table's difference column is a column of numbers: it keeps the sign.
  CHECK(contains(full.file("ita/index.html"), "<td class=\"num\">-0.17</td>"));
  auto frameworks = build_fixture("frameworks");
  REQUIRE(frameworks.ok);
  CHECK(contains(frameworks.file("ita/2569/index.html"), "เพิ่มขึ้น 4.34</dd>"));
  CHECK_FALSE(contains(frameworks.file("ita/2569/index.html"), "+4.34"));
  CHECK(contains(frameworks.file("ita/index.html"), "<td class=\"num\">+4.34</td>"));
}

TEST_CASE("the_year_wide_requirement_is_stated_once_and_not_in_each_item_s_list") {
  auto site = build_fixture("full");
  REQUIRE(site.ok);
  const std::string sentence = "เกณฑ์ที่ใช้กับทุกข้อ: " + kYearRuleFull;
  CHECK(count(site.file("oit/2567/index.html"), sentence) == 1);
  const auto& o2 = site.file("oit/2567/o02/index.html");
  CHECK(count(o2, sentence) == 1);
  CHECK(count(o2, kYearRuleFull) == 1);
  CHECK(contains(o2, "<li>ผู้บริหารสูงสุดและรองผู้บริหารทุกคน: ชื่อ-นามสกุล ตำแหน่ง รูปถ่าย ช่องทางการติดต่อที่เป็นของราชการ</li>"));
  // An item whose only requirement is the year's rule has no list, only the sentence.
  const auto& o1 = site.file("oit/2567/o01/index.html");
  CHECK(count(o1, kYearRuleFull) == 1);
  const std::string box = between(o1, "<details class=\"requirements\">", "</details>");
  CHECK(contains(box, "<p class=\"year-rule\">" + sentence + "</p>"));
  CHECK_FALSE(contains(box, "<li>"));
  // Another year words its rule its own way.
  auto frameworks = build_fixture("frameworks");
  REQUIRE(frameworks.ok);
  CHECK(count(frameworks.file("oit/2569/o01/index.html"), "ข้อมูลในปีงบประมาณ พ.ศ. 2569") == 1);
  CHECK(contains(frameworks.file("oit/2569/index.html"), "เกณฑ์ที่ใช้กับทุกข้อ: ข้อมูลในปีงบประมาณ พ.ศ. 2569"));
}

TEST_CASE("phone_links_dial_only_the_number_and_show_the_extension_as_text") {
  auto site = build_changed("full", {{"content/site.yaml", "phone: 0-3400-0001}", "phone: 0-3400-0001 ต่อ 119}"}});
  REQUIRE(site.ok);
  const auto& home = site.file("index.html");
  CHECK(contains(home, "<p>โทรศัพท์ <a href=\"tel:034000000\">0-3400-0000</a></p>"));
  CHECK(contains(home, "สายด่วนร้องเรียน โทร <a href=\"tel:034000001\">0-3400-0001</a> ต่อ 119</li>"));
  CHECK_FALSE(contains(home, "href=\"tel:0-"));
}

TEST_CASE("a_line_contact_becomes_a_link") {
  const std::string website = "  website: https://www.example.go.th/\n";
  auto official = build_changed("full", {{"content/site.yaml", website, website + "  line: \"@abc-office\"\n"}});
  REQUIRE(official.ok);
  CHECK(contains(official.file("index.html"), "<p>LINE <a href=\"https://line.me/R/ti/p/@abc-office\">@abc-office</a></p>"));
  auto personal = build_changed("full", {{"content/site.yaml", website, website + "  line: ita.office\n"}});
  REQUIRE(personal.ok);
  CHECK(contains(personal.file("index.html"), "<p>LINE <a href=\"https://line.me/ti/p/~ita.office\">ita.office</a></p>"));
  auto url = build_changed("full", {{"content/site.yaml", website,
                                     website + "  line: https://line.me/R/ti/p/@example-esao1\n"}});
  REQUIRE(url.ok);
  CHECK(contains(url.file("index.html"),
                 "<p>LINE <a href=\"https://line.me/R/ti/p/@example-esao1\">https://line.me/R/ti/p/@example-esao1</a></p>"));
}
