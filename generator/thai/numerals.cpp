// Digit localisation. Thai digits are U+0E50..U+0E59, UTF-8 E0 B9 90..99.
#include "thai/numerals.h"

#include <cctype>
#include <cstring>

namespace itagen::thai {
namespace {

void append_thai_digit(std::string& out, char ascii) {
  out += '\xE0';
  out += '\xB9';
  out += static_cast<char>(0x90 + (ascii - '0'));
}

bool starts_with_ci(std::string_view text, std::size_t at, std::string_view word) {
  if (at + word.size() > text.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[at + i])) != word[i]) return false;
  }
  return true;
}

// Elements whose text must keep ASCII digits: code samples and non-text content.
constexpr std::string_view kVerbatimElements[] = {"script", "style", "pre", "code", "textarea"};

bool is_ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A token that is an address keeps its digits: a Thai-digit URL, e-mail or host no longer works
// when copied.
bool is_address_token(std::string_view token) {
  return token.find("://") != std::string_view::npos || token.find('@') != std::string_view::npos ||
         token.rfind("www.", 0) == 0;
}

// Converts the digits of a run of text. Codes such as O24 or ISO9001 keep ASCII digits (a digit
// run glued to a Latin letter is part of a code, not a number), and so do addresses.
void append_localized_text(std::string& out, std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t token_end = i;
    while (token_end < text.size() && !is_space(text[token_end])) ++token_end;
    std::string_view token = text.substr(i, token_end - i);
    if (is_address_token(token)) {
      out.append(token);
    } else {
      bool in_code = false;
      for (char c : token) {
        if (c >= '0' && c <= '9') {
          if (in_code) {
            out += c;
          } else {
            append_thai_digit(out, c);
          }
        } else {
          in_code = is_ascii_letter(c);
          out += c;
        }
      }
    }
    while (token_end < text.size() && is_space(text[token_end])) out += text[token_end++];
    i = token_end;
  }
}

}  // namespace

std::string localize_digits(std::string_view text, Numerals numerals) {
  if (numerals == Numerals::kArabic) return std::string(text);
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  append_localized_text(out, text);
  return out;
}

std::string localize_html_digits(std::string_view html, Numerals numerals) {
  if (numerals == Numerals::kArabic) return std::string(html);
  std::string out;
  out.reserve(html.size() + html.size() / 8);
  std::size_t i = 0;
  while (i < html.size()) {
    char c = html[i];
    if (c == '<') {
      // Copy the tag whole; if it opens a verbatim element, copy through its end tag too.
      std::size_t end = html.find('>', i);
      if (end == std::string_view::npos) end = html.size() - 1;
      std::string_view tag = html.substr(i, end - i + 1);
      out.append(tag);
      i = end + 1;
      // English text (lang="en", such as the office's English name) keeps Arabic digits.
      if (tag.find(" lang=\"en\"") != std::string_view::npos && tag.size() > 2 && tag[1] != '/') {
        std::size_t name_end = tag.find_first_of(" \t\n>", 1);
        std::string close = "</" + std::string(tag.substr(1, name_end - 1));
        std::size_t j = i;
        while (j < html.size() && !starts_with_ci(html, j, close)) ++j;
        out.append(html.substr(i, j - i));
        i = j;
        continue;
      }
      for (auto name : kVerbatimElements) {
        if (starts_with_ci(tag, 1, name)) {
          char after = tag.size() > name.size() + 1 ? tag[name.size() + 1] : '>';
          if (after != '>' && after != ' ' && after != '\t' && after != '\n' && after != '/') continue;
          std::string close = "</" + std::string(name);
          std::size_t j = i;
          while (j < html.size() && !starts_with_ci(html, j, close)) ++j;
          out.append(html.substr(i, j - i));
          i = j;
          break;
        }
      }
    } else if (c == '&') {
      // Character references (&#123; &#x41;) keep their digits.
      std::size_t end = html.find(';', i);
      if (end != std::string_view::npos && end - i < 12) {
        out.append(html.substr(i, end - i + 1));
        i = end + 1;
      } else {
        out += c;
        ++i;
      }
    } else {
      // A run of text up to the next tag or character reference.
      std::size_t end = html.find_first_of("<&", i);
      if (end == std::string_view::npos) end = html.size();
      append_localized_text(out, html.substr(i, end - i));
      i = end;
    }
  }
  return out;
}

std::string arabic_digits(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i + 2 < text.size() && text[i] == '\xE0' && text[i + 1] == '\xB9' &&
        static_cast<unsigned char>(text[i + 2]) >= 0x90 && static_cast<unsigned char>(text[i + 2]) <= 0x99) {
      out += static_cast<char>('0' + (static_cast<unsigned char>(text[i + 2]) - 0x90));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace itagen::thai
