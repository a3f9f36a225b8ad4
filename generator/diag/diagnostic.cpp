// Diagnostic collection and "did you mean" suggestions.
#include "diag/diagnostic.h"

#include <algorithm>

namespace itagen::diag {

void DiagnosticSink::error(SourceLocation where, std::string message, std::string hint) {
  report({Severity::kError, std::move(where), std::move(message), std::move(hint)});
}

void DiagnosticSink::warning(SourceLocation where, std::string message, std::string hint) {
  report({Severity::kWarning, std::move(where), std::move(message), std::move(hint)});
}

void DiagnosticSink::report(Diagnostic d) {
  (d.severity == Severity::kError ? errors_ : warnings_)++;
  if (kept_.size() >= kMaxKept) {
    ++dropped_;
    return;
  }
  kept_.push_back(std::move(d));
}

std::size_t edit_distance(const std::string& a, const std::string& b) {
  // Optimal string alignment: Levenshtein plus a swap of neighbours, which needs the row
  // before the previous one.
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({previous[j] + 1, row[j - 1] + 1, substitution});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) row[j] = std::min(row[j], before[j - 2] + 1);
    }
    before.swap(previous);
    previous.swap(row);
  }
  return previous[b.size()];
}

std::string closest_match(const std::string& word, const std::vector<std::string>& candidates) {
  // Allow roughly one typo per three letters, at least one, so "tittle" finds "title" but
  // "x" does not find "id".
  const std::size_t allowed = std::max<std::size_t>(1, word.size() / 3);
  std::string best;
  std::size_t best_distance = allowed + 1;
  for (const auto& candidate : candidates) {
    std::size_t d = edit_distance(word, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

}  // namespace itagen::diag
