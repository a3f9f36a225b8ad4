// Building the search index: the text is extracted and split outside the lock, so pages are
// indexed in parallel; only the merge into the shared tables is serialised. Postings are built
// when the index is finished: from scratch, or by patching the previous index's postings with
// the terms of the few pages that changed.
#include "search/search_index.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <map>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "search/html_text.h"
#include "search/thai_words.h"

namespace itagen::search {
namespace {

void append_json_string(std::string& out, const std::string& text) {
  out += nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::uint64_t hash_text(std::string_view title, std::string_view text, std::string_view more) {
  std::uint64_t h = std::hash<std::string_view>{}(title);
  h ^= std::hash<std::string_view>{}(text) * 0x9E3779B97F4A7C15ull + title.size();
  h ^= std::hash<std::string_view>{}(more) * 0xC2B2AE3D27D4EB4Full + text.size();
  return h;
}

std::shared_ptr<const TermPostings> make_postings(std::string term, std::vector<std::uint32_t> ids) {
  auto postings = std::make_shared<TermPostings>();
  postings->term = std::move(term);
  postings->ids = std::move(ids);
  std::string& out = postings->json;
  append_json_string(out, postings->term);
  out += ":[";
  // Millions of numbers on a large site: written in place, without a string each.
  out.reserve(out.size() + postings->ids.size() * 4 + 1);
  std::uint32_t previous = 0;
  char digits[16];
  for (std::size_t k = 0; k < postings->ids.size(); ++k) {
    if (k) out += ',';
    auto end = std::to_chars(digits, digits + sizeof digits, postings->ids[k] - previous).ptr;
    out.append(digits, end);
    previous = postings->ids[k];
  }
  out += ']';
  return postings;
}

bool by_url(const std::shared_ptr<const PageEntry>& a, const std::shared_ptr<const PageEntry>& b) {
  return a->url < b->url;
}

using Pages = std::vector<std::shared_ptr<const PageEntry>>;
using Terms = std::vector<std::shared_ptr<const TermPostings>>;

// Puts pages in the order of the previous index when they have its URLs (each once); false, and
// pages untouched, when they do not.
bool put_in_order_of(const SearchIndex* previous, Pages& pages) {
  if (!previous || previous->pages.size() != pages.size()) return false;
  Pages placed(pages.size());
  for (const auto& page : pages) {
    auto id = previous->id_of(page->url);
    if (id < 0 || placed[id]) return false;
    placed[id] = page;
  }
  pages = std::move(placed);
  return true;
}

// The previous index's pages with the added ones in place of their URLs' entries; false when an
// added page is new, and then pages holds all of them, unordered.
bool replace_in(const SearchIndex& previous, const Pages& added, Pages& pages) {
  pages = previous.pages;
  bool same_urls = true;
  for (const auto& page : added) {
    auto id = previous.id_of(page->url);
    if (id < 0) {
      pages.push_back(page);
      same_urls = false;
    } else {
      pages[id] = page;
    }
  }
  return same_urls;
}

std::shared_ptr<const PageIds> number_pages(const Pages& pages) {
  auto ids = std::make_shared<PageIds>();
  ids->reserve(pages.size());
  for (std::uint32_t id = 0; id < pages.size(); ++id) ids->emplace(pages[id]->url, id);
  return ids;
}

Terms build_terms(const Pages& pages) {
  std::unordered_map<std::string_view, std::vector<std::uint32_t>> postings;
  for (std::uint32_t id = 0; id < pages.size(); ++id) {
    const TermList& page_terms = pages[id]->terms;
    for (std::size_t k = 0; k < page_terms.size(); ++k) postings[page_terms[k]].push_back(id);  // ids ascend
  }
  std::vector<std::string_view> sorted;
  sorted.reserve(postings.size());
  for (const auto& [term, _] : postings) sorted.push_back(term);
  std::sort(sorted.begin(), sorted.end());
  Terms terms;
  terms.reserve(sorted.size());
  for (auto term : sorted) terms.push_back(make_postings(std::string(term), std::move(postings[term])));
  return terms;
}

// The previous postings with the ids of the pages changed since taken out of the terms they lost
// and put into the terms they gained. The pages are numbered as before (same URLs).
Terms patch_terms(const Terms& previous, const Pages& before, const Pages& after, const std::vector<std::uint32_t>& changed) {
  // term -> (id, gained) edits
  std::map<std::string_view, std::vector<std::pair<std::uint32_t, bool>>> edits;
  for (std::uint32_t id : changed) {
    const auto& old_terms = before[id]->terms;
    const auto& new_terms = after[id]->terms;
    std::size_t o = 0, n = 0;
    while (o < old_terms.size() || n < new_terms.size()) {
      if (n == new_terms.size() || (o < old_terms.size() && old_terms[o] < new_terms[n])) {
        edits[old_terms[o++]].emplace_back(id, false);
      } else if (o == old_terms.size() || new_terms[n] < old_terms[o]) {
        edits[new_terms[n++]].emplace_back(id, true);
      } else {
        ++o, ++n;
      }
    }
  }
  auto apply = [](std::vector<std::uint32_t> ids, const std::vector<std::pair<std::uint32_t, bool>>& changes) {
    for (auto [id, gained] : changes) {
      auto at = std::lower_bound(ids.begin(), ids.end(), id);
      if (gained && (at == ids.end() || *at != id)) ids.insert(at, id);
      if (!gained && at != ids.end() && *at == id) ids.erase(at);
    }
    return ids;
  };
  Terms terms;
  terms.reserve(previous.size() + edits.size());
  auto p = previous.begin();
  for (const auto& [term, changes] : edits) {
    while (p != previous.end() && (*p)->term < term) terms.push_back(*p++);
    std::vector<std::uint32_t> ids;
    if (p != previous.end() && (*p)->term == term) ids = (*p++)->ids;
    ids = apply(std::move(ids), changes);
    if (!ids.empty()) terms.push_back(make_postings(std::string(term), std::move(ids)));
  }
  terms.insert(terms.end(), p, previous.end());
  return terms;
}

}  // namespace

std::string SearchIndex::json() const {
  std::size_t size = 32 + pages.size() + terms.size();
  for (const auto& page : pages) size += page->json.size();
  for (const auto& term : terms) size += term->json.size();
  std::string out;
  out.reserve(size);
  out += "{\"pages\":[";
  for (std::size_t i = 0; i < pages.size(); ++i) {
    if (i) out += ',';
    out += pages[i]->json;
  }
  out += "],\"terms\":{";
  for (std::size_t i = 0; i < terms.size(); ++i) {
    if (i) out += ',';
    out += terms[i]->json;
  }
  out += "}}";
  return out;
}

std::int64_t SearchIndex::id_of(std::string_view url) const {
  if (!ids) return -1;
  auto it = ids->find(url);
  return it == ids->end() ? std::int64_t{-1} : std::int64_t{it->second};
}

std::shared_ptr<const PageEntry> SearchIndex::find(std::string_view url) const {
  auto id = id_of(url);
  return id < 0 ? nullptr : pages[id];
}

IndexBuilder::IndexBuilder(thai::Numerals numerals, std::shared_ptr<const SearchIndex> previous)
    : numerals_(numerals), previous_(std::move(previous)) {
  if (previous_ && previous_->numerals != numerals_) previous_ = nullptr;
}

void IndexBuilder::add_page(std::string url, std::string_view html) {
  PageText page = extract_page_text(html);
  add_entry(std::move(url), page.title, page.text, {});
}

void IndexBuilder::add_page_text(std::string url, std::string title, std::string text, std::string_view more) {
  add_entry(std::move(url), title, text, more);
}

void IndexBuilder::add_entry(std::string url, const std::string& title, const std::string& text, std::string_view more) {
  std::uint64_t hash = hash_text(title, text, more);
  std::shared_ptr<const PageEntry> entry;
  if (previous_) {
    entry = previous_->find(url);
    if (entry && entry->text_hash != hash) entry = nullptr;
  }
  if (!entry) {
    auto made = std::make_shared<PageEntry>();
    made->url = std::move(url);
    made->text_hash = hash;
    made->terms.add_text(title);
    made->terms.add_text(text);
    if (!more.empty()) made->terms.add_text(more);
    made->terms.sort_unique();
    std::string& out = made->json;
    out += "{\"u\":";
    append_json_string(out, made->url);
    out += ",\"t\":";
    append_json_string(out, thai::localize_digits(title, numerals_));
    out += ",\"s\":";
    append_json_string(out, thai::localize_digits(excerpt(text, kExcerptChars), numerals_));
    out += '}';
    entry = std::move(made);
  }
  std::lock_guard lock(mutex_);
  pages_.push_back(std::move(entry));
}

std::shared_ptr<const PageEntry> IndexBuilder::previous_entry(std::string_view url) const {
  return previous_ ? previous_->find(url) : nullptr;
}

void IndexBuilder::add_unchanged(std::shared_ptr<const PageEntry> entry) {
  std::lock_guard lock(mutex_);
  pages_.push_back(std::move(entry));
}

std::shared_ptr<const SearchIndex> IndexBuilder::index() const {
  auto index = std::make_shared<SearchIndex>();
  index->numerals = numerals_;
  Pages added;
  {
    std::lock_guard lock(mutex_);
    added = pages_;
  }
  // Number the pages by URL, whatever order the threads added them in. Usually the pages are
  // the previous build's, which are in order already, and keep its numbers.
  bool same_urls = keep_previous_ ? replace_in(*previous_, added, index->pages)
                                  : put_in_order_of(previous_.get(), index->pages = std::move(added));
  if (!same_urls) std::stable_sort(index->pages.begin(), index->pages.end(), by_url);
  const Pages& pages = index->pages;
  index->ids = same_urls ? previous_->ids : number_pages(pages);

  std::vector<std::uint32_t> changed;
  for (std::uint32_t id = 0; same_urls && id < pages.size(); ++id) {
    if (previous_->pages[id] != pages[id]) changed.push_back(id);
  }
  // Patching costs a lookup per changed term; past a few pages, building afresh is as quick.
  if (same_urls && changed.size() <= std::max<std::size_t>(8, pages.size() / 32)) {
    index->terms = patch_terms(previous_->terms, previous_->pages, pages, changed);
  } else {
    index->terms = build_terms(pages);
  }
  return index;
}

std::string IndexBuilder::json() const { return index()->json(); }

}  // namespace itagen::search
