// Word segmentation for search. Thai is written without spaces between words, so words are found
// with ICU's dictionary-based word breaker; the browser splits queries with Intl.Segmenter, which
// uses the same ICU data, so a query splits the way the page text it should find was split.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace itagen::search {

// The words of text in order, spaces and punctuation left out: "นโยบายไม่รับของขวัญ" ->
// นโยบาย ไม่ รับ ของ ขวัญ. Numbers stay whole ("1,000", "3.14"). Words keep their case and digits.
std::vector<std::string> split_words(std::string_view text);

// The form a word is indexed and looked up under: Thai digits made Arabic and letters
// lower-cased, so "๒๕๖๗" and "2567" are one term, and "ITA" and "ita" too.
std::string normalize_term(std::string_view word);

// The index terms of text: digits made Arabic first (so text in either digit form splits the
// same), then split_words and normalize_term. A word gluing Thai letters to a number
// ("ปี2567") also yields the number ("2567"). In order, with repeats.
std::vector<std::string> index_terms(std::string_view text);

// At most max_chars characters (code points) of text, cut at a word boundary and ended with
// "…" when cut.
std::string excerpt(std::string_view text, std::size_t max_chars);

}  // namespace itagen::search
