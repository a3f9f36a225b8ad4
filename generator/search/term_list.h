// The index terms of one page, collected without an allocation per term: every term is written
// into one buffer, and the list keeps offsets into it. The index holds thousands of pages of
// Thai words (18+ bytes each, past std::string's small-string buffer), so a std::string per
// term was one heap allocation per word of the site.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace itagen::search {

// The index terms of text: digits made Arabic first (so text in either digit form splits the
// same), then split_words and normalize_term. A word gluing Thai letters to a number
// ("ปี2567") also yields the number ("2567"). In order, with repeats.
std::vector<std::string> index_terms(std::string_view text);

class TermList {
 public:
  // Appends the index terms of text (the rules of index_terms in thai_words.h).
  void add_text(std::string_view text);
  // Appends one term as it is (already normalised).
  void add_term(std::string_view term);

  // Sorts the terms and drops repeats; afterwards the buffer holds only the kept terms.
  void sort_unique();

  std::size_t size() const { return spans_.size(); }
  std::string_view operator[](std::size_t i) const {
    return std::string_view(bytes_).substr(spans_[i].offset, spans_[i].length);
  }
  // The terms, in order, as strings (for tests and tools).
  std::vector<std::string> strings() const;

 private:
  struct Span {
    std::uint32_t offset;
    std::uint32_t length;
  };
  friend class TermWriter;
  std::string bytes_;
  std::vector<Span> spans_;
};

}  // namespace itagen::search
