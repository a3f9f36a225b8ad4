// A small forward scanner over generated HTML. It is not a general HTML parser: it relies on
// the generator's output being well-formed (every skipped element closed, attributes quoted).
#include "search/html_text.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace itagen::search {
namespace {

// Elements in <main> whose text is not page content: navigation (breadcrumbs, tables of
// contents), scripts, drawings, controls. A <header> or <footer> inside <main> belongs to an
// article (the annual report's cover holds its <h1>), so it is kept; the site's own header and
// footer are outside <main> and never read.
constexpr std::array<std::string_view, 7> kSkipped = {"script", "style", "template", "svg",
                                                      "nav",    "noscript", "button"};
// Elements that do not break a word: text on both sides of them runs on ("มาตร<b>การ</b>").
constexpr std::array<std::string_view, 25> kInline = {"a",   "abbr", "b",     "bdi",  "bdo",    "cite", "code",
                                                      "data", "del",  "dfn",   "em",   "i",      "ins",  "kbd",
                                                      "mark", "q",    "s",     "samp", "small",  "span", "strong",
                                                      "sub",  "sup",  "time",  "wbr"};

// Raw text elements: their content may hold '<' that opens no tag, so skip to the end tag.
constexpr std::array<std::string_view, 2> kRawText = {"script", "style"};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// The index of the case-insensitive end tag "</name" at or after from, or html.size().
std::size_t find_end_tag(std::string_view html, std::size_t from, std::string_view name) {
  for (std::size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 2)) {
    std::size_t k = 0;
    while (k < name.size() && i + 2 + k < html.size() && lower(html[i + 2 + k]) == name[k]) ++k;
    if (k == name.size()) return i;
  }
  return html.size();
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes the character reference at html[i] ('&') into out; returns the index after it. An
// unknown reference is kept as written.
std::size_t decode_reference(std::string_view html, std::size_t i, std::string& out) {
  std::size_t semi = html.find(';', i);
  if (semi == std::string_view::npos || semi - i > 10) {
    out += '&';
    return i + 1;
  }
  std::string_view name = html.substr(i + 1, semi - i - 1);
  if (!name.empty() && name[0] == '#') {
    std::uint32_t cp = 0;
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    std::string_view digits = name.substr(hex ? 2 : 1);
    bool ok = !digits.empty();
    for (char c : digits) {
      int v = (c >= '0' && c <= '9') ? c - '0'
              : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
              : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : -1;
      if (v < 0 || cp > 0x10FFFF) {
        ok = false;
        break;
      }
      cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(v);
    }
    if (ok) {
      append_utf8(out, cp);
      return semi + 1;
    }
  }
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "}};
  for (const auto& [n, text] : kNamed) {
    if (name == n) {
      out += text;
      return semi + 1;
    }
  }
  out += '&';
  return i + 1;
}

struct Tag {
  std::string name;  // lower case
  bool closing = false;
  bool self_closing = false;
  std::size_t end = 0;  // index after '>'
};

Tag read_tag(std::string_view html, std::size_t i) {
  Tag tag;
  std::size_t j = i + 1;
  if (j < html.size() && html[j] == '/') {
    tag.closing = true;
    ++j;
  }
  while (j < html.size() && !is_space(html[j]) && html[j] != '>' && html[j] != '/') tag.name += lower(html[j++]);
  // Find the end of the tag, stepping over quoted attribute values (they may hold '>').
  char quote = 0;
  for (; j < html.size(); ++j) {
    char c = html[j];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      tag.self_closing = j > i && html[j - 1] == '/';
      break;
    }
  }
  tag.end = std::min(j + 1, html.size());
  return tag;
}

// Appends text with runs of white space collapsed to one space.
void append_text(std::string& out, std::string_view text) {
  for (char c : text) {
    if (is_space(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
}

void append_break(std::string& out) {
  if (!out.empty() && out.back() != ' ') out += ' ';
}

std::string trimmed(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  std::size_t start = 0;
  while (start < s.size() && s[start] == ' ') ++start;
  return s.substr(start);
}

// The text of the <title> element, for pages without an <h1>.
std::string document_title(std::string_view html) {
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    Tag tag = read_tag(html, i);
    if (tag.name != "title" || tag.closing) continue;
    std::size_t end = html.find("</", tag.end);
    if (end == std::string_view::npos) end = html.size();
    std::string raw(html.substr(tag.end, end - tag.end));
    std::string decoded;
    for (std::size_t k = 0; k < raw.size();) {
      if (raw[k] == '&') {
        k = decode_reference(raw, k, decoded);
      } else {
        decoded += raw[k++];
      }
    }
    std::string out;
    append_text(out, decoded);
    return trimmed(out);
  }
  return {};
}

}  // namespace

PageText extract_page_text(std::string_view html) {
  PageText page;
  std::size_t main_start = std::string_view::npos;
  for (std::size_t i = html.find("<main"); i != std::string_view::npos; i = html.find("<main", i + 1)) {
    Tag tag = read_tag(html, i);
    if (tag.name == "main") {
      main_start = tag.end;
      break;
    }
  }
  if (main_start == std::string_view::npos) {
    page.title = document_title(html);
    return page;
  }

  std::string text;
  std::string title;
  bool title_done = false;
  bool in_title = false;
  std::string skipping;  // name of the skipped element we are inside, or empty
  int skip_depth = 0;
  int main_depth = 1;
  std::size_t i = main_start;
  while (i < html.size()) {
    char c = html[i];
    if (c == '<') {
      if (html.compare(i, 4, "<!--") == 0) {
        std::size_t end = html.find("-->", i + 4);
        i = end == std::string_view::npos ? html.size() : end + 3;
        continue;
      }
      if (i + 1 < html.size() && html[i + 1] == '!') {  // doctype and the like
        std::size_t end = html.find('>', i);
        i = end == std::string_view::npos ? html.size() : end + 1;
        continue;
      }
      Tag tag = read_tag(html, i);
      i = tag.end;
      if (!skipping.empty()) {
        if (tag.name == skipping && !tag.self_closing) skip_depth += tag.closing ? -1 : 1;
        if (skip_depth == 0) skipping.clear();
        continue;
      }
      if (tag.name == "main" && !tag.self_closing) {
        main_depth += tag.closing ? -1 : 1;
        if (main_depth == 0) break;
        continue;
      }
      if (!tag.closing && !tag.self_closing && contains(kRawText, tag.name)) {
        i = find_end_tag(html, i, tag.name);
        skipping = tag.name;
        skip_depth = 1;
        continue;
      }
      if (!tag.closing && !tag.self_closing && contains(kSkipped, tag.name)) {
        skipping = tag.name;
        skip_depth = 1;
        continue;
      }
      if (tag.name == "h1" && !title_done) {
        if (!tag.closing) {
          in_title = true;
        } else if (in_title) {
          in_title = false;
          title_done = true;
        }
        continue;
      }
      if (!contains(kInline, tag.name)) append_break(in_title ? title : text);
      continue;
    }
    std::string& out = in_title ? title : text;
    if (!skipping.empty()) {
      std::size_t next = html.find('<', i);
      i = next == std::string_view::npos ? html.size() : next;
    } else if (c == '&') {
      std::string decoded;
      i = decode_reference(html, i, decoded);
      append_text(out, decoded);
    } else {
      std::size_t next = html.find_first_of("<&", i);
      if (next == std::string_view::npos) next = html.size();
      append_text(out, html.substr(i, next - i));
      i = next;
    }
  }
  page.title = trimmed(std::move(title));
  page.text = trimmed(std::move(text));
  if (page.title.empty()) page.title = document_title(html);
  return page;
}

}  // namespace itagen::search
