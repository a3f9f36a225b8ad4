// Diagnostics: the one channel through which every phase reports problems in content.
// Only cli/ prints them; everything else pushes into a DiagnosticSink.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace itagen::diag {

enum class Severity { kWarning, kError };

// A position in a source file. line and column are 1-based; 0 means "unknown".
struct SourceLocation {
  std::string path;  // as shown to the user, relative to the site folder
  int line = 0;
  int column = 0;
  friend bool operator==(const SourceLocation&, const SourceLocation&) = default;
};

struct Diagnostic {
  Severity severity = Severity::kError;
  SourceLocation where;
  std::string message;
  std::string hint;  // optional: how to fix it
};

// Collects diagnostics from every phase. Errors past the cap are counted, not kept, so a
// thoroughly broken site still yields a readable report (Hugo caps at 50 too).
class DiagnosticSink {
 public:
  static constexpr std::size_t kMaxKept = 50;

  void error(SourceLocation where, std::string message, std::string hint = {});
  void warning(SourceLocation where, std::string message, std::string hint = {});
  void report(Diagnostic d);

  const std::vector<Diagnostic>& diagnostics() const { return kept_; }
  std::size_t error_count() const { return errors_; }
  std::size_t warning_count() const { return warnings_; }
  std::size_t dropped() const { return dropped_; }
  bool has_errors() const { return errors_ > 0; }

 private:
  std::vector<Diagnostic> kept_;
  std::size_t errors_ = 0;
  std::size_t warnings_ = 0;
  std::size_t dropped_ = 0;
};

// "did you mean" support: the closest candidate within a small edit distance, or "".
std::string closest_match(const std::string& word, const std::vector<std::string>& candidates);
// Insertions, deletions, substitutions and swaps of two neighbouring letters each count 1
// ("biuld" is 1 from "build": swapped letters are the commonest typo).
std::size_t edit_distance(const std::string& a, const std::string& b);

}  // namespace itagen::diag
