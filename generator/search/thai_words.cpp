// ICU word breaking with the Thai dictionary (Locale "th"). One break iterator is built once
// and cloned per call: building one loads the rules and dictionary, cloning is cheap, and a
// clone is safe to use on one thread while other threads use theirs.
#include "search/thai_words.h"

#include <memory>
#include <stdexcept>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/unistr.h>

#include "thai/numerals.h"

namespace itagen::search {
namespace {

std::unique_ptr<icu::BreakIterator> word_breaker() {
  static const std::unique_ptr<icu::BreakIterator> prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale("th"), status));
    if (U_FAILURE(status) || !it) {
      throw std::runtime_error(std::string("ICU word break iterator unavailable: ") + u_errorName(status));
    }
    return it;
  }();
  return std::unique_ptr<icu::BreakIterator>(prototype->clone());
}

std::string utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// Calls f(word) for each word-like segment (ICU rule status at or above UBRK_WORD_NONE_LIMIT:
// numbers, letters, kana, ideographs; the same segments Intl.Segmenter marks isWordLike).
template <typename F>
void for_each_word(const icu::UnicodeString& text, F&& f) {
  auto it = word_breaker();
  it->setText(text);
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    if (it->getRuleStatus() >= UBRK_WORD_NONE_LIMIT) f(text.tempSubStringBetween(start, end));
  }
}

bool is_thai_letter(UChar c) { return c >= 0x0E01 && c <= 0x0E4F; }

}  // namespace

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  for_each_word(icu::UnicodeString::fromUTF8(text), [&](const icu::UnicodeString& w) { words.push_back(utf8(w)); });
  return words;
}

std::string normalize_term(std::string_view word) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(thai::arabic_digits(word));
  return utf8(u.toLower(icu::Locale::getRoot()));
}

std::vector<std::string> index_terms(std::string_view text) {
  std::vector<std::string> terms;
  // Lower-casing before splitting gives the same words (case never moves a word boundary) and
  // converts the text once instead of word by word.
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(thai::arabic_digits(text));
  u.toLower(icu::Locale::getRoot());
  for_each_word(u, [&](const icu::UnicodeString& w) {
    terms.push_back(utf8(w));
    bool has_thai = false;
    bool has_digit = false;
    for (int32_t i = 0; i < w.length(); ++i) {
      has_thai = has_thai || is_thai_letter(w[i]);
      has_digit = has_digit || (w[i] >= u'0' && w[i] <= u'9');
    }
    if (!has_thai || !has_digit) return;
    const std::string word = terms.back();
    for (std::size_t i = 0; i < word.size();) {
      if (word[i] < '0' || word[i] > '9') {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < word.size() && word[j] >= '0' && word[j] <= '9') ++j;
      terms.push_back(word.substr(i, j - i));
      i = j;
    }
  });
  return terms;
}

std::string excerpt(std::string_view text, std::size_t max_chars) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  if (static_cast<std::size_t>(u.countChar32()) <= max_chars) return std::string(text);
  auto it = word_breaker();
  it->setText(u);
  // The last boundary within max_chars code points (a boundary never splits a code point).
  int32_t limit = u.moveIndex32(0, static_cast<int32_t>(max_chars));
  int32_t cut = it->preceding(limit + 1);
  if (cut == icu::BreakIterator::DONE || cut <= 0) cut = limit;
  icu::UnicodeString head = u.tempSubStringBetween(0, cut);
  head.trim();
  return utf8(head) + "…";
}

}  // namespace itagen::search
