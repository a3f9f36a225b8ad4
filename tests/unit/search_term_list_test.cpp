// The index terms of a page (generator/search/term_list.h): ASCII is split without ICU, and must
// split exactly as ICU does, since the browser splits queries with ICU (Intl.Segmenter).
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "search/term_list.h"
#include "search/thai_words.h"

using itagen::search::index_terms;
using itagen::search::normalize_term;
using itagen::search::split_words;
using itagen::search::TermList;

namespace {

using Words = std::vector<std::string>;

// What ICU alone makes of text: every word-like segment, normalised.
Words icu_terms(const std::string& text) {
  Words out;
  for (const auto& w : split_words(text)) out.push_back(normalize_term(w));
  return out;
}

}  // namespace

TEST_CASE("ascii_text_splits_as_icu_splits_it") {
  const Words cases[] = {
      {"don't stop"}, {"e.g. the U.S.A."}, {"3.14, 1,000; 1;2 1.2.3"}, {"a:b http://example.com/x?y=1"},
      {"snake_case __init__ _ __"}, {"O24 ISO9001 9.1 10.2a a.1"}, {"it's 'quoted' rock'n'roll"},
      {"a..b 1..2 1,,2 a'.b"}, {"x-y x–y"}, {"(ITA) [O1] {x}"}, {"#tag @user $5 100% 5€"}, {"a@b.com x @ y 1@2 a.@b @.a _@"}, {"_ __ ___ a_ _1"}};
  for (const auto& text : cases) {
    CAPTURE(text[0]);
    CHECK(index_terms(text[0]) == icu_terms(text[0]));
  }
}

TEST_CASE("random_ascii_splits_as_icu_splits_it") {
  // Characters that the word rules treat differently, so every rule meets its neighbours.
  const std::string alphabet = "aZ9_.,;:'\"- /()!?\t\nxY0@";
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    std::size_t length = 1 + round % 24;
    for (std::size_t i = 0; i < length; ++i) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      text += alphabet[(state >> 33) % alphabet.size()];
    }
    CAPTURE(text);
    REQUIRE(index_terms(text) == icu_terms(text));
  }
}

TEST_CASE("thai_and_mixed_text_splits_as_icu_splits_it") {
  const Words cases[] = {{"นโยบายไม่รับของขวัญ ITA 2567 ของกำนัล"}, {"มาตรการ,ส่งเสริม (ITA) คุณธรรม"},
                         {"Économie ÉCOLE naïve café"}, {"“ข้อมูล” — OIT"}};
  for (const auto& text : cases) {
    CAPTURE(text[0]);
    CHECK(index_terms(text[0]) == icu_terms(text[0]));
  }
}

TEST_CASE("a_term_list_sorts_and_drops_repeats_in_one_buffer") {
  TermList terms;
  terms.add_text("ของขวัญ ITA ita ของ 2567");
  terms.add_text("ปีงบประมาณ ๒๕๖๗");
  terms.sort_unique();
  // Byte order, as the index sorts terms: ขวัญ (E0 B8 82 E0 B8 A7) before ของ (E0 B8 82 E0 B8 AD).
  CHECK(terms.strings() == Words{"2567", "ita", "ขวัญ", "ของ", "ปีงบประมาณ"});
  terms.add_term("a");
  CHECK(terms.size() == 6);
  CHECK(terms[5] == "a");
}

TEST_CASE("a_cached_chunk_splits_as_a_fresh_one_and_long_chunks_are_not_kept") {
  using itagen::search::cached_word_spans;
  using itagen::search::kCachedChunkBytes;
  using itagen::search::word_spans;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> fresh;
  const std::string phrase = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา";
  word_spans(phrase, fresh);
  CHECK(cached_word_spans(phrase) == fresh);
  CHECK(cached_word_spans(phrase) == fresh);  // now from the cache
  std::string long_chunk;
  while (long_chunk.size() <= kCachedChunkBytes) long_chunk += phrase;
  word_spans(long_chunk, fresh);
  CHECK(cached_word_spans(long_chunk) == fresh);
  // The same words whichever way the text reaches the index.
  CHECK(index_terms(phrase + " " + phrase) == icu_terms(phrase + " " + phrase));
}
