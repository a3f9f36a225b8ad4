// Formats diagnostics for a terminal: "path:line:column: error: message", the offending line,
// a caret under the column, and the hint.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "diag/diagnostic.h"

namespace itagen::diag {

// Returns the text of a source file for quoting the offending line, or nullopt.
using SourceLookup = std::function<std::optional<std::string>(const std::string& path)>;

std::string format_diagnostic(const Diagnostic& d, const SourceLookup& lookup);
std::string format_summary(const DiagnosticSink& sink);

}  // namespace itagen::diag
