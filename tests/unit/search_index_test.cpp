// The search index builder (generator/search/search_index.h) and the text it reads from a
// rendered page (generator/search/html_text.h).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "search/html_text.h"
#include "search/search_index.h"

using itagen::search::extract_page_text;
using itagen::search::IndexBuilder;
using itagen::thai::Numerals;
using nlohmann::json;

namespace {

std::string page(const std::string& title, const std::string& main) {
  return "<!DOCTYPE html>\n<html lang=\"th\"><head><title>" + title + " | สพป.</title>" +
         "<style>p{color:red}</style></head><body>" +
         "<header class=\"site-header\"><a href=\"/\">สำนักงานเขตพื้นที่</a>" +
         "<nav aria-label=\"เมนูหลัก\"><ul><li><a href=\"/ita/\">เมนูนำทาง</a></li></ul></nav></header>" +
         "<main id=\"main\"><nav class=\"breadcrumbs\"><ol><li>หน้าแรก</li></ol></nav>" + main + "</main>" +
         "<footer class=\"site-footer\">ติดต่อสำนักงาน โทรศัพท์ 0 2222 2222</footer>" +
         "<script>var x = 1 < 2 && \"</b>\";</script></body></html>";
}

const std::string kMeasures = page(
    "มาตรการ 2567",
    "<h1>มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2567</h1>"
    "<p>หน่วยงานกำหนด<strong>มาตรการ</strong>เพื่อความโปร่งใส</p><table><tr><td>Budget</td><td>งบ</td></tr></table>");
const std::string kNoGift = page(
    "No Gift Policy",
    "<h1>นโยบายไม่รับของขวัญ (No Gift Policy)</h1>"
    "<h2 id=\"a\">ประกาศ</h2><p>ไม่รับของขวัญและของกำนัล &amp; ประโยชน์อื่นใด ปี ๒๕๖๗</p>");

std::vector<int> ids(const json& index, const std::string& term) {
  std::vector<int> out;
  if (!index["terms"].contains(term)) return out;
  int id = 0;
  for (int gap : index["terms"][term]) out.push_back(id += gap);
  return out;
}

std::string two_pages(bool reversed) {
  IndexBuilder builder(Numerals::kArabic);
  if (reversed) {
    builder.add_page("/ita/no-gift/2567/", kNoGift);
    builder.add_page("/ita/measures/2567/", kMeasures);
  } else {
    builder.add_page("/ita/measures/2567/", kMeasures);
    builder.add_page("/ita/no-gift/2567/", kNoGift);
  }
  return builder.json();
}

}  // namespace

TEST_CASE("extracts_the_title_and_the_visible_text_of_main_only") {
  auto text = extract_page_text(kNoGift);
  CHECK(text.title == "นโยบายไม่รับของขวัญ (No Gift Policy)");
  CHECK(text.text == "ประกาศ ไม่รับของขวัญและของกำนัล & ประโยชน์อื่นใด ปี ๒๕๖๗");
}

TEST_CASE("inline_elements_do_not_split_words_and_cells_do") {
  auto text = extract_page_text(kMeasures);
  CHECK(text.text == "หน่วยงานกำหนดมาตรการเพื่อความโปร่งใส Budget งบ");
}

// Regression: the annual report's <h1> sits in a <header> inside <main>, and was left out.
TEST_CASE("keeps_an_article_header_inside_main_but_not_navigation") {
  auto text = extract_page_text(page("รายงาน", "<header class=\"report-cover\"><p>สพป.</p><h1>รายงานประจำปี</h1></header>"
                                               "<nav class=\"toc\"><a href=\"#a\">สารบัญ</a></nav><h2>ส่วนที่ 1</h2>"));
  CHECK(text.title == "รายงานประจำปี");
  CHECK(text.text == "สพป. ส่วนที่ 1");
}

TEST_CASE("takes_the_title_element_when_main_has_no_heading") {
  auto text = extract_page_text("<html><head><title>ค้นหา &amp; ดู</title></head><body><main><p>ข้อความ</p></main>");
  CHECK(text.title == "ค้นหา & ดู");
  CHECK(text.text == "ข้อความ");
}

TEST_CASE("maps_terms_to_the_pages_that_contain_them") {
  auto index = json::parse(two_pages(false));
  REQUIRE(index["pages"].size() == 2);
  CHECK(index["pages"][0]["u"] == "/ita/measures/2567/");
  CHECK(index["pages"][0]["t"] == "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2567");
  CHECK(index["pages"][1]["u"] == "/ita/no-gift/2567/");
  CHECK(index["pages"][1]["s"] == "ประกาศ ไม่รับของขวัญและของกำนัล & ประโยชน์อื่นใด ปี ๒๕๖๗");
  CHECK(ids(index, "มาตรการ") == std::vector<int>{0});
  CHECK(ids(index, "ของ") == std::vector<int>{1});
  CHECK(ids(index, "ขวัญ") == std::vector<int>{1});
  CHECK(ids(index, "โปร่งใส") == std::vector<int>{0});
  CHECK(ids(index, "2567") == std::vector<int>{0, 1});  // ๒๕๖๗ on the second page
  CHECK(ids(index, "budget") == std::vector<int>{0});
  CHECK(ids(index, "gift") == std::vector<int>{1});
  CHECK_FALSE(index["terms"].contains("๒๕๖๗"));
  CHECK_FALSE(index["terms"].contains("Budget"));
}

TEST_CASE("does_not_index_header_nav_footer_script_or_style") {
  auto index = json::parse(two_pages(false));
  for (const char* term : {"สำนักงาน", "เมนู", "นำทาง", "ติดต่อ", "โทรศัพท์", "หน้าแรก", "var", "color"}) {
    CHECK_MESSAGE(!index["terms"].contains(term), term);
  }
}

TEST_CASE("index_json_is_identical_whatever_order_pages_are_added_in") {
  std::string a = two_pages(false);
  CHECK(a == two_pages(true));
  CHECK(a == two_pages(false));
  auto index = json::parse(a);
  std::string previous;
  for (const auto& [term, _] : index["terms"].items()) {
    CHECK(previous < term);
    previous = term;
  }
}

TEST_CASE("shows_titles_and_excerpts_in_the_sites_digits") {
  IndexBuilder builder(Numerals::kThai);
  builder.add_page("/ita/measures/2567/", kMeasures);
  auto index = json::parse(builder.json());
  CHECK(index["pages"][0]["t"] == "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๗");
  CHECK(ids(index, "2567") == std::vector<int>{0});
}

TEST_CASE("delta_encodes_page_ids") {
  IndexBuilder builder(Numerals::kArabic);
  for (const char* url : {"/a/", "/b/", "/c/", "/d/"}) builder.add_page(url, page("t", "<h1>หน้า</h1><p>คำ</p>"));
  builder.add_page("/e/", page("t", "<h1>อื่น</h1>"));
  auto index = json::parse(builder.json());
  CHECK(index["terms"]["คำ"] == json::array({0, 1, 1, 1}));
  CHECK(index["terms"]["อื่น"] == json::array({4}));
}

TEST_CASE("an_empty_index_is_valid_json") {
  CHECK(IndexBuilder(Numerals::kArabic).json() == "{\"pages\":[],\"terms\":{}}");
}

// The preview server seeds each rebuild's index with the previous one: whatever was reused or
// patched, the JSON must equal that of an index built from scratch over the same pages.
TEST_CASE("an_index_seeded_with_the_previous_one_equals_a_fresh_index") {
  using Pages = std::vector<std::pair<std::string, std::string>>;
  auto fresh = [](const Pages& pages) {
    IndexBuilder builder(Numerals::kThai);
    for (const auto& [url, html] : pages) builder.add_page(url, html);
    return builder.json();
  };
  Pages pages;
  for (int i = 0; i < 40; ++i) {
    pages.emplace_back("/p" + std::to_string(100 + i) + "/",
                       page("t", "<h1>หน้า " + std::to_string(i % 7) + "</h1><p>คำ ร่วม เรื่อง" + std::to_string(i % 3) + "</p>"));
  }
  IndexBuilder first(Numerals::kThai);
  for (const auto& [url, html] : pages) first.add_page(url, html);
  auto previous = first.index();
  CHECK(previous->json() == fresh(pages));

  SUBCASE("one page edited, the others reused unchanged") {
    pages[5].second = page("t", "<h1>หน้า ใหม่</h1><p>คำ ศัพท์ใหม่ markerword</p>");
    IndexBuilder next(Numerals::kThai, previous);
    for (std::size_t i = 0; i < pages.size(); ++i) {
      if (i == 5) {
        next.add_page(pages[i].first, pages[i].second);
      } else {
        auto entry = next.previous_entry(pages[i].first);
        REQUIRE(entry);
        next.add_unchanged(entry);
      }
    }
    auto index = next.index();
    CHECK(index->pages[6] == previous->pages[6]);  // reused, not indexed again
    CHECK(index->json() == fresh(pages));
    // And once more from that index: a term only page 5 had goes away.
    pages[5].second = page("t", "<h1>หน้า 1</h1><p>คำ</p>");
    IndexBuilder third(Numerals::kThai, index);
    for (const auto& [url, html] : pages) third.add_page(url, html);
    CHECK(third.json() == fresh(pages));
    CHECK(json::parse(third.json())["terms"].count("markerword") == 0);
  }
  SUBCASE("every page rendered again: unchanged text keeps its entry") {
    IndexBuilder next(Numerals::kThai, previous);
    for (const auto& [url, html] : pages) next.add_page(url, html);
    auto index = next.index();
    CHECK(index->pages[0] == previous->pages[0]);
    CHECK(index->json() == fresh(pages));
  }
  SUBCASE("pages added and removed") {
    pages.erase(pages.begin() + 3);
    pages.emplace_back("/a-new/", page("t", "<h1>ใหม่</h1><p>คำ</p>"));
    IndexBuilder next(Numerals::kThai, previous);
    for (const auto& [url, html] : pages) next.add_page(url, html);
    CHECK(next.json() == fresh(pages));
  }
  SUBCASE("other numerals ignore the previous index") {
    IndexBuilder next(Numerals::kArabic, previous);
    CHECK_FALSE(next.previous_entry(pages[0].first));
    IndexBuilder arabic(Numerals::kArabic);
    for (const auto& [url, html] : pages) {
      next.add_page(url, html);
      arabic.add_page(url, html);
    }
    CHECK(next.json() == arabic.json());
  }
}
