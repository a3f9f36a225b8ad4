// Fuzzes the cmark-gfm wrapper. The first byte picks safe or unsafe mode and block or inline
// rendering. In safe mode no raw HTML and no script link may come through.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz_support.h"
#include "markdown/markdown.h"

using namespace itagen;

namespace {

bool contains_ci(const std::string& haystack, std::string_view needle) {
  std::string lower(haystack);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return lower.find(needle) != std::string::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::uint8_t selector;
  if (!fuzz::take_selector(data, size, selector)) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  markdown::Options options;
  options.unsafe_html = (selector & 1) != 0;
  std::string html = (selector & 2) ? markdown::to_inline_html(text, options) : markdown::to_html(text, options);
  if (!options.unsafe_html) {
    if (contains_ci(html, "<script") || contains_ci(html, "href=\"javascript:")) std::abort();
  }
  return 0;
}
