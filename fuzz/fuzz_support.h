// Shared by the fuzz targets: taking a selector byte off the front of an input, and formatting
// every diagnostic a parser reported against the text it read (the printer quotes the line and
// puts a caret under the column, so a wrong line or column is an out-of-range read).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"
#include "diag/printer.h"

namespace itagen::fuzz {

// Splits off the first byte as a selector; false for an empty input.
inline bool take_selector(const std::uint8_t*& data, std::size_t& size, std::uint8_t& selector) {
  if (size == 0) return false;
  selector = data[0];
  ++data;
  --size;
  return true;
}

inline void format_all(const diag::DiagnosticSink& sink, const std::string& path, std::string_view text) {
  std::string source(text);
  for (const auto& d : sink.diagnostics()) {
    (void)diag::format_diagnostic(d, [&](const std::string& p) -> std::optional<std::string> {
      if (p == path) return source;
      return std::nullopt;
    });
  }
  (void)diag::format_summary(sink);
}

}  // namespace itagen::fuzz
