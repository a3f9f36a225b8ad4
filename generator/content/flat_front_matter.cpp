// The fast path for the front matter most pages have: a few flat 'key: value' lines. yaml-cpp
// costs about a tenth of a large build for them (its scanner matches every character against
// regular expressions). Only a plain subset is taken here, where YAML leaves no room for
// interpretation; anything else (quotes, lists, maps, comments, anchors, tags, empty or null
// values, repeated keys, tabs, CR) goes to yaml-cpp, so every error keeps its message and location.
#include <set>

#include "content/yaml_reader.h"

namespace itagen::content::detail {
namespace {

bool is_key_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_key_char(char c) { return is_key_start(c) || (c >= '0' && c <= '9') || c == '-'; }

// Printable UTF-8 only: no control characters (yaml-cpp rejects or reads some of them its own
// way), no invalid sequences, and none of the characters YAML may take for a line break or a
// byte order mark (U+0085, U+2028, U+2029, U+FEFF). The page's encoding is checked before, but
// the fast path does not rely on it.
bool is_plain_text(std::string_view v) {
  for (std::size_t i = 0; i < v.size();) {
    auto b = static_cast<unsigned char>(v[i]);
    if (b < 0x20 || b == 0x7F) return false;
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0;
    if (length == 0 || b > 0xF4 || i + length > v.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(v[i + k]) & 0xC0) != 0x80) return false;
    }
    std::string_view ch = v.substr(i, length);
    if (ch == "\xC2\x85" || ch == "\xE2\x80\xA8" || ch == "\xE2\x80\xA9" || ch == "\xEF\xBB\xBF") return false;
    // Overlong or out-of-range forms and surrogates.
    auto b1 = static_cast<unsigned char>(v[i + 1]);
    if ((b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0) || (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 >= 0x90)) {
      return false;
    }
    i += length;
  }
  return true;
}

// A plain scalar that means itself: it does not start with an indicator, holds no ': ' or ' #'
// (a nested map, a comment), does not end with ':' or a blank, and is not YAML's null.
bool is_plain_value(std::string_view v) {
  if (v.empty()) return false;
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(v.front()) != std::string_view::npos) return false;
  if (v.back() == ':' || v.back() == ' ') return false;
  if (v.find(": ") != std::string_view::npos || v.find(" #") != std::string_view::npos) return false;
  if (v.find('\t') != std::string_view::npos || v.find('\r') != std::string_view::npos) return false;
  return v != "~" && v != "null" && v != "Null" && v != "NULL" && is_plain_text(v);
}

YAML::Mark mark(std::size_t pos, int line, std::size_t column) {
  YAML::Mark m;
  m.pos = static_cast<int>(pos);
  m.line = line;
  m.column = static_cast<int>(column);
  return m;
}

}  // namespace

std::optional<FlatFrontMatter> flat_front_matter(std::string_view yaml, Reader& r) {
  constexpr std::size_t kMaxBytes = 4096;  // longer front matter is not the common case
  if (yaml.empty() || yaml.size() > kMaxBytes) return std::nullopt;
  FlatFrontMatter out;
  std::set<std::string_view> keys;
  int line = 0;
  for (std::size_t start = 0; start < yaml.size(); ++line) {
    std::size_t end = yaml.find('\n', start);
    if (end == std::string_view::npos) end = yaml.size();
    std::string_view text = yaml.substr(start, end - start);
    std::size_t k = 0;
    if (text.empty() || !is_key_start(text[0])) return std::nullopt;
    while (k < text.size() && is_key_char(text[k])) ++k;
    if (k >= text.size() || text[k] != ':' || k + 1 >= text.size() || text[k + 1] != ' ') return std::nullopt;
    std::size_t v = k + 1;
    while (v < text.size() && text[v] == ' ') ++v;
    std::string_view key = text.substr(0, k), value = text.substr(v);
    // A key spelled like YAML's null is read as null, not as text: yaml-cpp reports it.
    if (key == "null" || key == "Null" || key == "NULL") return std::nullopt;
    if (!is_plain_value(value) || !keys.insert(key).second) return std::nullopt;
    r.visit();
    SourceLocation key_where = r.at(mark(start, line, 0));
    if (out.entries.empty()) out.where = key_where;  // yaml-cpp places a map at its first key
    std::string name(key);
    out.entries.push_back({name, key_where, Value{YAML::Node(std::string(value)), r.at(mark(start + v, line, v)), name}});
    start = end + 1;
  }
  return out;
}

}  // namespace itagen::content::detail
