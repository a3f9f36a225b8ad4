// Word segmentation for search (generator/search/thai_words.h).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "search/term_list.h"
#include "search/thai_words.h"

using itagen::search::excerpt;
using itagen::search::index_terms;
using itagen::search::normalize_term;
using itagen::search::split_words;

namespace {

using Words = std::vector<std::string>;

bool has(const Words& words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

TEST_CASE("splits_thai_text_written_without_spaces_into_dictionary_words") {
  CHECK(split_words("มาตรการส่งเสริมคุณธรรมและความโปร่งใส") ==
        Words{"มาตรการ", "ส่ง", "เสริม", "คุณธรรม", "และ", "ความ", "โปร่งใส"});
}

// ICU's Thai dictionary splits ของขวัญ ("gift") into ของ + ขวัญ, in running text and alone alike.
// The browser splits the query with Intl.Segmenter, which uses the same ICU data (checked with
// V8's ICU 78 against this build's), so a query for ของขวัญ looks up ของ AND ขวัญ and finds the
// page. If this test fails after an ICU upgrade, check that Intl.Segmenter still agrees.
TEST_CASE("splits_a_compound_word_the_same_in_running_text_and_in_a_query") {
  CHECK(split_words("นโยบายไม่รับของขวัญ") == Words{"นโยบาย", "ไม่", "รับ", "ของ", "ขวัญ"});
  CHECK(split_words("ของขวัญ") == Words{"ของ", "ขวัญ"});
  auto page = index_terms("นโยบายไม่รับของขวัญและของกำนัลทุกชนิด");
  for (const auto& query_word : split_words("ของขวัญ")) CHECK(has(page, normalize_term(query_word)));
}

TEST_CASE("leaves_out_spaces_and_punctuation_and_keeps_numbers_whole") {
  CHECK(split_words("ITA, (ปี 2567): 1,000 บาท / 3.14!") == Words{"ITA", "ปี", "2567", "1,000", "บาท", "3.14"});
  CHECK(split_words("  ,. ") == Words{});
  CHECK(split_words("") == Words{});
}

TEST_CASE("normalises_thai_digits_to_arabic_and_letters_to_lower_case") {
  CHECK(normalize_term("๒๕๖๗") == "2567");
  CHECK(normalize_term("2567") == "2567");
  CHECK(normalize_term("ITA") == "ita");
  CHECK(normalize_term("Économie") == "économie");
  CHECK(normalize_term("มาตรการ") == "มาตรการ");
}

// A number is one term whichever digits the text uses, and the query is normalised the same
// way, so "2567" finds "๒๕๖๗" and the other way round.
TEST_CASE("indexes_numbers_in_either_digit_form_under_one_term") {
  CHECK(index_terms("ปีงบประมาณ ๒๕๖๗") == Words{"ปีงบประมาณ", "2567"});
  CHECK(index_terms("ปีงบประมาณ 2567") == Words{"ปีงบประมาณ", "2567"});
  CHECK(has(index_terms("ปีงบประมาณ ๒๕๖๗"), normalize_term("2567")));
  CHECK(has(index_terms("ปีงบประมาณ 2567"), normalize_term("๒๕๖๗")));
}

TEST_CASE("also_indexes_a_number_glued_to_thai_letters") {
  CHECK(index_terms("ปี๒๕๖๗") == Words{"ปี2567", "2567"});
  CHECK(index_terms("O24 ISO9001") == Words{"o24", "iso9001"});
}

TEST_CASE("excerpt_cuts_at_a_word_boundary_and_marks_the_cut") {
  CHECK(excerpt("สั้น", 160) == "สั้น");
  CHECK(excerpt("มาตรการส่งเสริมคุณธรรม", 9) == "มาตรการ…");
  CHECK(excerpt("one two three", 9) == "one two…");
}
