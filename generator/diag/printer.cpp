// Terminal formatting of diagnostics, in the style of compilers (and ninja, Hugo).
#include "diag/printer.h"

#include <algorithm>
#include <vector>

#include "i18n/translate.h"

namespace itagen::diag {
namespace {

std::string line_of(const std::string& text, int line) {
  std::size_t start = 0;
  for (int i = 1; i < line; ++i) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string::npos) return {};
    start = nl + 1;
  }
  std::size_t end = text.find('\n', start);
  std::string result = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (!result.empty() && result.back() == '\r') result.pop_back();
  return result;
}

// Thai above and below vowels and tone marks (U+0E31, U+0E34-U+0E3A, U+0E47-U+0E4E) combine
// with the consonant before them: UTF-8 E0 B8 B1, E0 B8 B4-BA, E0 B9 87-8E.
bool is_thai_combining(const std::string& line, std::size_t i) {
  if (i + 2 >= line.size() || static_cast<unsigned char>(line[i]) != 0xE0) return false;
  unsigned char second = static_cast<unsigned char>(line[i + 1]);
  unsigned char third = static_cast<unsigned char>(line[i + 2]);
  if (second == 0xB8) return third == 0xB1 || (third >= 0xB4 && third <= 0xBA);
  return second == 0xB9 && third >= 0x87 && third <= 0x8E;
}

// The caret must sit under the column as the terminal shows it: columns count characters
// (yaml-cpp counts bytes), so walk the line's UTF-8 and keep tabs as tabs.
std::string caret_line(const std::string& line, int column_bytes) {
  std::string pad;
  for (std::size_t i = 0; i < line.size() && static_cast<int>(i) < column_bytes - 1; ++i) {
    unsigned char u = static_cast<unsigned char>(line[i]);
    if (line[i] == '\t') {
      pad += '\t';
    } else if ((u & 0xC0) != 0x80 && !is_thai_combining(line, i)) {
      // Thai combining vowels and tone marks take no cell of their own.
      pad += ' ';
    }
  }
  return pad + "^";
}

// Length of the valid UTF-8 sequence at line[i], or 0.
std::size_t utf8_length(const std::string& line, std::size_t i) {
  unsigned char b = static_cast<unsigned char>(line[i]);
  std::size_t n = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
  if (n == 0 || i + n > line.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((static_cast<unsigned char>(line[i + k]) & 0xC0) != 0x80) return 0;
  }
  return n;
}

// The line as it can be shown: bytes that are not UTF-8 and control characters become U+FFFD,
// and a very long line (minified data, thousands of brackets) is cut to a window around the
// column, marked with "...". *column_bytes is moved to the same character of the result.
std::string displayable(const std::string& line, int* column_bytes) {
  constexpr std::size_t kWindow = 60;  // characters kept on each side of the column
  std::vector<std::string> chars;
  std::size_t column_char = 0;
  for (std::size_t i = 0; i < line.size();) {
    if (static_cast<int>(i) < *column_bytes - 1) column_char = chars.size() + 1;
    std::size_t n = utf8_length(line, i);
    unsigned char b = static_cast<unsigned char>(line[i]);
    if (n == 3 && line.compare(i, 3, "\xEF\xBB\xBF") == 0) {
      i += n;  // a byte order mark takes no cell
    } else if (n == 0 || (b < 0x20 && b != '\t') || b == 0x7F) {
      chars.emplace_back("\xEF\xBF\xBD");
      i += n == 0 ? 1 : n;
    } else {
      chars.push_back(line.substr(i, n));
      i += n;
    }
  }
  std::size_t first = 0, last = chars.size();
  if (chars.size() > 2 * kWindow + 20) {
    first = column_char > kWindow ? column_char - kWindow : 0;
    last = std::min(chars.size(), first + 2 * kWindow);
  }
  std::string out = first > 0 ? "..." : "";
  int column = static_cast<int>(out.size()) + 1;
  for (std::size_t c = first; c < last; ++c) {
    if (c < column_char) column = static_cast<int>(out.size() + chars[c].size()) + 1;
    out += chars[c];
  }
  if (last < chars.size()) out += "...";
  *column_bytes = column;
  return out;
}

}  // namespace

std::string format_diagnostic(const Diagnostic& d, const SourceLookup& lookup) {
  std::string out = d.where.path;
  if (d.where.line > 0) {
    out += ":" + std::to_string(d.where.line);
    out += ":" + std::to_string(d.where.column > 0 ? d.where.column : 1);
  }
  if (!out.empty()) out += ": ";
  out += d.severity == Severity::kError ? "error: " : "warning: ";
  out += d.message + "\n";
  if (d.where.line > 0 && lookup) {
    if (auto text = lookup(d.where.path)) {
      int column = d.where.column > 0 ? d.where.column : 1;
      std::string line = displayable(line_of(*text, d.where.line), &column);
      if (!line.empty()) {
        out += "    " + line + "\n";
        out += "    " + caret_line(line, column) + "\n";
      }
    }
  }
  // "error:", "warning:" and "hint:" stay English in every language: editors' problem matchers
  // and scripts read them. The message and the hint are translated where they are made.
  if (!d.hint.empty()) out += "  hint: " + d.hint + "\n";
  return out;
}

std::string format_summary(const DiagnosticSink& sink) {
  std::string out;
  if (sink.dropped() > 0) out += i18n::tr("({0} more not shown)", sink.dropped()) + "\n";
  // TRANSLATORS: the summary line of a check or build: {0} is "N errors", {1} is "N warnings".
  out += i18n::tr("{0}, {1}", i18n::trn("{0} error", "{0} errors", sink.error_count(), sink.error_count()),
                  i18n::trn("{0} warning", "{0} warnings", sink.warning_count(), sink.warning_count()));
  out += "\n";
  return out;
}

}  // namespace itagen::diag
