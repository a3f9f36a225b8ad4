// ICU word breaking with the Thai dictionary (Locale "th"). One break iterator is built once
// and cloned per call: building one loads the rules and dictionary, cloning is cheap, and a
// clone is safe to use on one thread while other threads use theirs.
#include "search/thai_words.h"

#include <memory>
#include <stdexcept>
#include <unordered_map>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

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

}  // namespace

void word_spans(std::string_view text, std::vector<std::pair<std::uint32_t, std::uint32_t>>& spans) {
  spans.clear();
  // One iterator per thread, kept: cloning the prototype per call cost more than the breaking
  // of a short text.
  thread_local std::unique_ptr<icu::BreakIterator> it = word_breaker();
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
  it->setText(&ut, status);
  if (U_FAILURE(status)) {
    utext_close(&ut);
    return;
  }
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    if (it->getRuleStatus() >= UBRK_WORD_NONE_LIMIT) {
      spans.emplace_back(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end));
    }
  }
  utext_close(&ut);
}

const std::vector<std::pair<std::uint32_t, std::uint32_t>>& cached_word_spans(std::string_view chunk) {
  using Spans = std::vector<std::pair<std::uint32_t, std::uint32_t>>;
  thread_local Spans uncached;
  if (chunk.size() > kCachedChunkBytes) {
    word_spans(chunk, uncached);
    return uncached;
  }
  thread_local std::unordered_map<std::string, Spans> cache;
  thread_local std::string key;
  key.assign(chunk);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  if (cache.size() >= kCachedChunks) cache.clear();
  Spans spans;
  word_spans(chunk, spans);
  return cache.emplace(key, std::move(spans)).first->second;
}

bool needs_lower_casing(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) continue;
    // Thai block U+0E00..U+0E7F is E0 B8 80 .. E0 B9 BF.
    if (b == 0xE0 && i + 2 < text.size()) {
      auto b1 = static_cast<unsigned char>(text[i + 1]);
      if (b1 == 0xB8 || b1 == 0xB9) {
        i += 2;
        continue;
      }
    }
    return true;
  }
  return false;
}

std::string lower_case(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  return utf8(u.toLower(icu::Locale::getRoot()));
}

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  for_each_word(icu::UnicodeString::fromUTF8(text), [&](const icu::UnicodeString& w) { words.push_back(utf8(w)); });
  return words;
}

std::string normalize_term(std::string_view word) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(thai::arabic_digits(word));
  return utf8(u.toLower(icu::Locale::getRoot()));
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
