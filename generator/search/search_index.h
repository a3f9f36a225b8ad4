// The site's search index, built while pages render and written as search-index.json for the
// search page's script (themes/default/assets/search.js):
//   {"pages":[{"u":url,"t":title,"s":excerpt}, ...], "terms":{"term":[page ids], ...}}
// Pages are sorted by URL and numbered from 0 in that order; each term's page ids are sorted
// and delta-encoded (the first id, then the gap to each next one), which keeps the index small
// on large sites, where common words occur on most pages. Terms are normalised (normalize_term):
// a number is stored once, with Arabic digits, and the script normalises the query the same
// way, so Thai and Arabic digits find each other.
//
// The preview server rebuilds the index after every edit, so a finished index (SearchIndex) is
// kept and seeds the next one: a page whose text did not change keeps its entry without being
// split into words again, and when only a few pages changed only their terms' postings are
// touched, everything else is reused as JSON text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "search/term_list.h"
#include "thai/numerals.h"

namespace itagen::search {

// Characters of page text kept as a page's excerpt.
constexpr std::size_t kExcerptChars = 160;

// One page's part of the index.
struct PageEntry {
  std::string url;
  std::uint64_t text_hash = 0;     // of the page text the entry was made from
  TermList terms;                  // normalised, sorted, without repeats
  std::string json;                // {"u":url,"t":title,"s":excerpt}
};

// A term with the ids of the pages holding it.
struct TermPostings {
  std::string term;
  std::vector<std::uint32_t> ids;  // ascending
  std::string json;                // "term":[first id,gap,gap...]
};

// URL -> page id. Owns its keys, so that successive indexes of the same pages share one table.
struct UrlHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view url) const { return std::hash<std::string_view>{}(url); }
};
using PageIds = std::unordered_map<std::string, std::uint32_t, UrlHash, std::equal_to<>>;

// A finished index. Immutable; the next build's IndexBuilder reads it.
struct SearchIndex {
  thai::Numerals numerals = thai::Numerals::kArabic;
  std::vector<std::shared_ptr<const PageEntry>> pages;     // sorted by URL: a page's id is its position
  std::vector<std::shared_ptr<const TermPostings>> terms;  // sorted by term

  // The index as JSON, byte-identical for the same pages.
  std::string json() const;
  // The entry for url, or nullptr.
  std::shared_ptr<const PageEntry> find(std::string_view url) const;
  // The id of url's page, or -1.
  std::int64_t id_of(std::string_view url) const;

  // URL -> id, filled by IndexBuilder::index(): the next build looks up every page. Shared with
  // the previous index when the pages have the same URLs.
  std::shared_ptr<const PageIds> ids;
};

class IndexBuilder {
 public:
  // numerals: how the site prints digits; titles and excerpts are shown in that form.
  // previous: the index of the previous build, whose entries are reused where a page's text is
  // the same (ignored when it was made for other numerals).
  explicit IndexBuilder(thai::Numerals numerals, std::shared_ptr<const SearchIndex> previous = nullptr);

  // Carries every entry of the previous index into this one: a page added afterwards replaces
  // its URL's entry. For a rebuild of the same pages, where only the pages rendered again are
  // added (the preview server's rebuild after one page's body changed).
  void keep_previous_entries() { keep_previous_ = previous_ != nullptr; }

  // Indexes a rendered page: html as rendered, before its digits are localised. Safe to call
  // from several threads; the result does not depend on the order of the calls.
  void add_page(std::string url, std::string_view html);
  // Indexes a page from its text as the generator has it (the Markdown's, not read back from
  // HTML): title, text (shown as the excerpt) and more (searchable, not shown).
  void add_page_text(std::string url, std::string title, std::string text, std::string_view more);

  // For a page whose output is the previous build's, byte for byte: the previous index's entry
  // for url (nullptr when it has none), which add_unchanged then takes over without reading the page.
  std::shared_ptr<const PageEntry> previous_entry(std::string_view url) const;
  void add_unchanged(std::shared_ptr<const PageEntry> entry);

  // The finished index of the pages added so far.
  std::shared_ptr<const SearchIndex> index() const;
  // index()->json().
  std::string json() const;

 private:
  void add_entry(std::string url, const std::string& title, const std::string& text, std::string_view more);

  thai::Numerals numerals_;
  std::shared_ptr<const SearchIndex> previous_;
  bool keep_previous_ = false;
  mutable std::mutex mutex_;
  std::vector<std::shared_ptr<const PageEntry>> pages_;  // in the order added
};

}  // namespace itagen::search
