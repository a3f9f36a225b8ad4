// Splitting text into index terms, fast where it can be: ICU's dictionary breaker is needed
// only for Thai (and other text outside ASCII); ASCII is split by the word rules of Unicode's
// UAX #29 as ICU's root rules apply them to ASCII, so a word splits the same either way (the
// unit tests compare the two on random ASCII text). Text is cut at ASCII white space, which
// never falls inside a word: a chunk holding only ASCII takes the fast path, a run of chunks
// holding other characters goes to ICU in one call.
#include "search/term_list.h"

#include <algorithm>

#include "search/thai_words.h"
#include "thai/numerals.h"

namespace itagen::search {

class TermWriter {
 public:
  explicit TermWriter(TermList& list) : list_(list) {}
  void add(std::string_view term) {
    list_.spans_.push_back({static_cast<std::uint32_t>(list_.bytes_.size()), static_cast<std::uint32_t>(term.size())});
    list_.bytes_.append(term);
  }

 private:
  TermList& list_;
};

namespace {

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
// ICU's root rules count '@' as a letter (ALetter), which keeps e-mail addresses whole.
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
// Letters, digits and '_' (ExtendNumLet): any two of them side by side stay in one word
// (UAX #29 WB5, WB8, WB9, WB10, WB13a, WB13b).
bool is_word_char(char c) { return is_letter(c) || is_digit(c) || c == '_'; }

// Word-like segments of ASCII text, as ICU's root word rules find them (ICU leaves ':' out of
// MidLetter): a letter and a letter join across '.' or '\'' (WB6, WB7); a digit and a digit
// across ',', ';', '.' or '\'' (WB11, WB12). A segment of '_' only is word-like when it is
// longer than one (as ICU 72 rates it).
template <typename F>
void for_each_ascii_word(std::string_view s, F&& emit) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    if (!is_word_char(s[i])) {
      ++i;
      continue;
    }
    std::size_t start = i;
    bool word_like = false;
    while (true) {
      word_like = word_like || s[i] != '_';
      ++i;
      if (i < n && is_word_char(s[i])) continue;
      if (i + 1 < n) {
        char before = s[i - 1], mid = s[i], after = s[i + 1];
        bool letters = is_letter(before) && is_letter(after) && (mid == '.' || mid == '\'');
        bool digits = is_digit(before) && is_digit(after) && (mid == ',' || mid == ';' || mid == '.' || mid == '\'');
        if (letters || digits) {
          ++i;  // the joining character; the loop goes on with the character after it
          continue;
        }
      }
      break;
    }
    if (word_like || i - start > 1) emit(s.substr(start, i - start));
  }
}

bool is_ascii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Thai letters (U+0E01..U+0E4F: E0 B8 81 .. E0 B9 8F in UTF-8), for the number-in-a-word rule.
bool has_thai_letter(std::string_view word) {
  for (std::size_t i = 0; i + 2 < word.size(); ++i) {
    auto b0 = static_cast<unsigned char>(word[i]), b1 = static_cast<unsigned char>(word[i + 1]),
         b2 = static_cast<unsigned char>(word[i + 2]);
    if (b0 != 0xE0) continue;
    if ((b1 == 0xB8 && b2 >= 0x81) || (b1 == 0xB9 && b2 <= 0x8F)) return true;
  }
  return false;
}

// A word outside ASCII: the word, and when it glues Thai letters to a number ("ปี2567"), each
// run of digits in it too, so that the number alone finds the page.
void add_dictionary_word(TermWriter& out, std::string_view word) {
  out.add(word);
  if (!has_thai_letter(word) || std::none_of(word.begin(), word.end(), is_digit)) return;
  for (std::size_t i = 0; i < word.size();) {
    if (!is_digit(word[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < word.size() && is_digit(word[j])) ++j;
    out.add(word.substr(i, j - i));
    i = j;
  }
}

// One chunk (no ASCII white space in it) holding characters outside ASCII.
void add_dictionary_words(TermWriter& out, std::string_view chunk) {
  // Thai has no case; other scripts may (and may change length when lowered).
  std::string lowered;
  if (needs_lower_casing(chunk)) chunk = lowered = lower_case(chunk);
  for (auto [first, second] : cached_word_spans(chunk)) add_dictionary_word(out, chunk.substr(first, second - first));
}

}  // namespace

void TermList::add_term(std::string_view term) { TermWriter(*this).add(term); }

void TermList::add_text(std::string_view raw) {
  TermWriter out(*this);
  std::string text = thai::arabic_digits(raw);
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  const std::string_view s(text);
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_ascii_space(s[i])) ++i;
    std::size_t end = i;
    while (end < s.size() && !is_ascii_space(s[end])) ++end;
    std::string_view chunk = s.substr(i, end - i);
    if (is_ascii(chunk)) {
      for_each_ascii_word(chunk, [&](std::string_view w) { out.add(w); });
      i = end;
      continue;
    }
    add_dictionary_words(out, chunk);
    i = end;
  }
}

void TermList::sort_unique() {
  std::vector<std::string_view> views;
  views.reserve(spans_.size());
  for (std::size_t i = 0; i < spans_.size(); ++i) views.push_back((*this)[i]);
  std::sort(views.begin(), views.end());
  views.erase(std::unique(views.begin(), views.end()), views.end());
  std::size_t total = 0;
  for (auto v : views) total += v.size();
  std::string bytes;
  bytes.reserve(total);
  std::vector<Span> spans;
  spans.reserve(views.size());
  for (auto v : views) {
    spans.push_back({static_cast<std::uint32_t>(bytes.size()), static_cast<std::uint32_t>(v.size())});
    bytes.append(v);
  }
  bytes_ = std::move(bytes);
  spans_ = std::move(spans);
}

std::vector<std::string> index_terms(std::string_view text) {
  TermList terms;
  terms.add_text(text);
  return terms.strings();
}

std::vector<std::string> TermList::strings() const {
  std::vector<std::string> out;
  out.reserve(size());
  for (std::size_t i = 0; i < size(); ++i) out.emplace_back((*this)[i]);
  return out;
}

}  // namespace itagen::search
