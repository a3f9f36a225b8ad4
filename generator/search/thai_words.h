// Word segmentation for search. Thai is written without spaces between words, so words are found
// with ICU's dictionary-based word breaker; the browser splits queries with Intl.Segmenter, which
// uses the same ICU data, so a query splits the way the page text it should find was split.
#pragma once

#include <cstddef>
#include <cstdint>
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

// The byte ranges [first, second) of the word-like segments of UTF-8 text, found by ICU's
// dictionary breaker (spans is cleared first). Reads the UTF-8 in place, without converting it.
void word_spans(std::string_view text, std::vector<std::pair<std::uint32_t, std::uint32_t>>& spans);

// word_spans of a chunk of text without ASCII white space, remembered per thread (a bounded
// cache: chunks longer than kCachedChunkBytes are not kept, and the cache starts afresh when it
// holds kCachedChunks). The reference is valid until the next call on the same thread.
constexpr std::size_t kCachedChunkBytes = 600;
constexpr std::size_t kCachedChunks = 1 << 15;
const std::vector<std::pair<std::uint32_t, std::uint32_t>>& cached_word_spans(std::string_view chunk);

// Calls f(word) for each word of UTF-8 text (word_spans), words as views into text.
template <typename F>
void for_each_word_utf8(std::string_view text, F&& f) {
  thread_local std::vector<std::pair<std::uint32_t, std::uint32_t>> spans;
  word_spans(text, spans);
  for (auto [first, second] : spans) f(text.substr(first, second - first));
}

// Whether lower-casing could change text: it holds letters other than ASCII and Thai ones (Thai
// has no case). ASCII is lower-cased by the caller.
bool needs_lower_casing(std::string_view text);
// text lower-cased by ICU's root rules (as the browser's toLowerCase()).
std::string lower_case(std::string_view text);

// At most max_chars characters (code points) of text, cut at a word boundary and ended with
// "…" when cut.
std::string excerpt(std::string_view text, std::size_t max_chars);

}  // namespace itagen::search
