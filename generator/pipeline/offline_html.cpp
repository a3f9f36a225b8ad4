// A scan for "<img" tags, not a parser: the HTML comes from the theme's templates and the
// safe Markdown renderer, whose attribute values are always quoted and escaped.
#include "pipeline/offline_html.h"

namespace itagen::pipeline {
namespace {

bool starts_with_ci(std::string_view text, std::size_t at, std::string_view word) {
  if (at + word.size() > text.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = text[at + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != word[i]) return false;
  }
  return true;
}

// Whether the tag's src attribute holds a data: URI.
bool inlined(std::string_view tag) {
  for (std::size_t at = 0; at + 4 < tag.size(); ++at) {
    if (!starts_with_ci(tag, at, "src=")) continue;
    if (at > 0 && tag[at - 1] != ' ' && tag[at - 1] != '\t' && tag[at - 1] != '\n') continue;
    std::size_t value = at + 4;
    if (value < tag.size() && (tag[value] == '"' || tag[value] == '\'')) ++value;
    return starts_with_ci(tag, value, "data:");
  }
  return false;
}

}  // namespace

std::string drop_fetched_images(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  std::size_t start = 0;
  for (std::size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    if (!starts_with_ci(html, at + 1, "img")) continue;
    char after = at + 4 < html.size() ? html[at + 4] : '>';
    if (after != ' ' && after != '\t' && after != '\n' && after != '/' && after != '>') continue;
    std::size_t end = html.find('>', at);
    if (end == std::string_view::npos) break;
    if (inlined(html.substr(at, end - at + 1))) continue;
    out.append(html.substr(start, at - start));
    start = end + 1;
    at = end;
  }
  out.append(html.substr(start));
  return out;
}

}  // namespace itagen::pipeline
