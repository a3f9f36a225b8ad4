// Terminal formatting of diagnostics, in the style of compilers (and ninja, Hugo).
#include "diag/printer.h"

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
      std::string line = line_of(*text, d.where.line);
      if (!line.empty()) {
        out += "    " + line + "\n";
        out += "    " + caret_line(line, d.where.column > 0 ? d.where.column : 1) + "\n";
      }
    }
  }
  if (!d.hint.empty()) out += "  hint: " + d.hint + "\n";
  return out;
}

std::string format_summary(const DiagnosticSink& sink) {
  std::string out;
  if (sink.dropped() > 0) out += "(" + std::to_string(sink.dropped()) + " more not shown)\n";
  out += std::to_string(sink.error_count()) + (sink.error_count() == 1 ? " error" : " errors");
  out += ", " + std::to_string(sink.warning_count()) + (sink.warning_count() == 1 ? " warning" : " warnings");
  out += "\n";
  return out;
}

}  // namespace itagen::diag
