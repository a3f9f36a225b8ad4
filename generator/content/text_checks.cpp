// Rules on plain text shared by several content kinds: encoding, link safety, ids, item
// codes and the names of files.
#include "content/text_checks.h"
#include "i18n/translate.h"

#include <algorithm>
#include <cctype>

namespace itagen::content::detail {
namespace {

// Length of the UTF-8 sequence starting at text[i], or 0 when it is malformed (overlong
// forms, surrogates and code points past U+10FFFF are malformed too).
std::size_t utf8_length(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
  auto cont = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
    unsigned b = byte(k);
    return k < text.size() && b >= lo && b <= hi;
  };
  unsigned b = byte(i);
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (b == 0xE0) return cont(i + 1, 0xA0) && cont(i + 2) ? 3 : 0;
  if (b == 0xED) return cont(i + 1, 0x80, 0x9F) && cont(i + 2) ? 3 : 0;
  if (b >= 0xE1 && b <= 0xEF) return cont(i + 1) && cont(i + 2) ? 3 : 0;
  if (b == 0xF0) return cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  if (b >= 0xF1 && b <= 0xF3) return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  if (b == 0xF4) return cont(i + 1, 0x80, 0x8F) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  return 0;
}

}  // namespace

bool check_encoding(std::string_view text, const std::string& path, int line_offset, diag::DiagnosticSink& sink) {
  if (text.size() > kMaxFileBytes) {
    sink.error({path, 1, 1}, i18n::tr("file too large"),
               i18n::tr("content files must be under 10 MB; put large documents in content/static/"));
    return false;
  }
  if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF") {
    // Notepad's "Unicode" encoding.
    sink.error({path, 1 + line_offset, 1}, i18n::tr("file is UTF-16, not UTF-8"),
               i18n::tr("save the file with the UTF-8 encoding (in Notepad: Save As, Encoding: UTF-8)"));
    return false;
  }
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = utf8_length(text, i);
    if (n == 0) {
      sink.error({path, line + line_offset, static_cast<int>(i - line_start) + 1}, i18n::tr("file is not valid UTF-8"),
                 i18n::tr("save the file with the UTF-8 encoding"));
      return false;
    }
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
    i += n;
  }
  return true;
}

bool is_unsafe_url(std::string_view url) {
  // Browsers ignore leading spaces and control characters and drop tabs and newlines anywhere.
  std::string cleaned;
  for (char c : url) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u <= 0x20 && (cleaned.empty() || c == '\t' || c == '\n' || c == '\r')) continue;
    cleaned += static_cast<char>(std::tolower(u));
  }
  for (std::string_view scheme : {"javascript:", "data:", "vbscript:"}) {
    if (cleaned.rfind(scheme, 0) == 0) return true;
  }
  return false;
}

bool is_valid_id(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

std::optional<std::string> normalize_item_code(std::string_view code) {
  if (code.size() < 2 || (code[0] != 'O' && code[0] != 'o')) return std::nullopt;
  std::string_view digits = code.substr(1);
  if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
  while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
  if (digits == "0" || digits.size() > 3) return std::nullopt;
  return "O" + std::string(digits);
}

std::string base_name(std::string_view path) {
  auto slash = path.rfind('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

std::string stem(std::string_view path) {
  std::string name = base_name(path);
  auto dot = name.rfind('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

std::optional<int> four_digit_year(std::string_view name) {
  if (name.size() != 4 || !std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  return std::stoi(std::string(name));
}
}  // namespace itagen::content::detail
