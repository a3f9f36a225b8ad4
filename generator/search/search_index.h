// The site's search index, built while pages render and written as search-index.json for the
// search page's script (themes/default/assets/search.js):
//   {"pages":[{"u":url,"t":title,"s":excerpt}, ...], "terms":{"term":[page ids], ...}}
// Pages are sorted by URL and numbered from 0 in that order; each term's page ids are sorted
// and delta-encoded (the first id, then the gap to each next one), which keeps the index small
// on large sites, where common words occur on most pages. Terms are normalised (normalize_term):
// a number is stored once, with Arabic digits, and the script normalises the query the same
// way, so Thai and Arabic digits find each other.
#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "thai/numerals.h"

namespace itagen::search {

// Characters of page text kept as a page's excerpt.
constexpr std::size_t kExcerptChars = 160;

class IndexBuilder {
 public:
  // numerals: how the site prints digits; titles and excerpts are shown in that form.
  explicit IndexBuilder(thai::Numerals numerals) : numerals_(numerals) {}

  // Indexes a rendered page: html as rendered, before its digits are localised. Safe to call
  // from several threads; the result does not depend on the order of the calls.
  void add_page(std::string url, std::string_view html);

  std::size_t page_count() const;
  std::size_t term_count() const;

  // The index as JSON, byte-identical for the same pages.
  std::string json() const;

 private:
  struct Page {
    std::string url;
    std::string title;
    std::string excerpt;
  };
  thai::Numerals numerals_;
  mutable std::mutex mutex_;
  std::vector<Page> pages_;  // in the order added
  // term -> indexes into pages_, ascending
  std::unordered_map<std::string, std::vector<std::uint32_t>> postings_;
};

}  // namespace itagen::search
