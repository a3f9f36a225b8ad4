// Building the search index: the text is extracted and split outside the lock, so pages are
// indexed in parallel; only the merge into the shared tables is serialised.
#include "search/search_index.h"

#include <algorithm>
#include <numeric>

#include <nlohmann/json.hpp>

#include "search/html_text.h"
#include "search/thai_words.h"

namespace itagen::search {
namespace {

void append_json_string(std::string& out, const std::string& text) {
  out += nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

void IndexBuilder::add_page(std::string url, std::string_view html) {
  PageText page = extract_page_text(html);
  std::vector<std::string> terms = index_terms(page.title);
  std::vector<std::string> body = index_terms(page.text);
  terms.insert(terms.end(), std::make_move_iterator(body.begin()), std::make_move_iterator(body.end()));
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  Page entry{std::move(url), thai::localize_digits(page.title, numerals_),
             thai::localize_digits(excerpt(page.text, kExcerptChars), numerals_)};

  std::lock_guard lock(mutex_);
  auto id = static_cast<std::uint32_t>(pages_.size());
  pages_.push_back(std::move(entry));
  for (auto& term : terms) postings_[std::move(term)].push_back(id);
}

std::size_t IndexBuilder::page_count() const {
  std::lock_guard lock(mutex_);
  return pages_.size();
}

std::size_t IndexBuilder::term_count() const {
  std::lock_guard lock(mutex_);
  return postings_.size();
}

std::string IndexBuilder::json() const {
  std::lock_guard lock(mutex_);
  // Number the pages by URL, whatever order the threads added them in.
  std::vector<std::uint32_t> order(pages_.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](auto a, auto b) { return pages_[a].url < pages_[b].url; });
  std::vector<std::uint32_t> id_of(pages_.size());
  for (std::uint32_t rank = 0; rank < order.size(); ++rank) id_of[order[rank]] = rank;

  std::string out = "{\"pages\":[";
  for (std::size_t rank = 0; rank < order.size(); ++rank) {
    const Page& page = pages_[order[rank]];
    if (rank) out += ',';
    out += "{\"u\":";
    append_json_string(out, page.url);
    out += ",\"t\":";
    append_json_string(out, page.title);
    out += ",\"s\":";
    append_json_string(out, page.excerpt);
    out += '}';
  }
  out += "],\"terms\":{";

  std::vector<const std::string*> terms;
  terms.reserve(postings_.size());
  for (const auto& [term, _] : postings_) terms.push_back(&term);
  std::sort(terms.begin(), terms.end(), [](const auto* a, const auto* b) { return *a < *b; });
  std::vector<std::uint32_t> ids;
  bool first = true;
  for (const std::string* term : terms) {
    ids.clear();
    for (std::uint32_t added : postings_.at(*term)) ids.push_back(id_of[added]);
    std::sort(ids.begin(), ids.end());
    if (!first) out += ',';
    first = false;
    append_json_string(out, *term);
    out += ":[";
    std::uint32_t previous = 0;
    for (std::size_t k = 0; k < ids.size(); ++k) {
      if (k) out += ',';
      out += std::to_string(ids[k] - previous);
      previous = ids[k];
    }
    out += ']';
  }
  out += "}}";
  return out;
}

}  // namespace itagen::search
