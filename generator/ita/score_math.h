// From published figures to every figure a page shows: items -> sub-indicators -> indicators
// -> tools -> total, each derived exactly when it is not published, and cross-checked against
// the level below it when it is. What is published is what is shown; a derivation only fills
// gaps, and a disagreement beyond the tolerance becomes a Mismatch (the caller warns).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "ita/decimal.h"
#include "ita/framework.h"

namespace itagen::ita {

// 0.01: the official system computes from unrounded scores, so a recomputation from the
// 2-decimal published figures may differ by one hundredth without anything being wrong.
constexpr Score kTolerance = Score::from_hundredths(1);

struct PublishedScores {
  std::map<int, Score> indicators;                 // by number
  std::map<std::string, Score> sub_indicators;     // "9.1"
  std::map<std::string, Score> tools;              // weighted tool scores: "IIT" 28.36
  std::optional<Score> total;
  // OIT item results: code -> 0/100, nullopt when the item was not applicable.
  std::map<std::string, std::optional<Score>> items;
  // Which sub-indicator each item belongs to (from the year's framework).
  std::map<std::string, std::string> item_sub_indicator;
};

struct Mismatch {
  std::string figure;   // "total", "IIT", "indicator 9", "sub-indicator 9.5"
  Score published;
  Score computed;       // rounded to hundredths
  std::string basis;    // what it was computed from, for the message
};

struct ComputedScores {
  std::map<int, Score> indicators;
  std::map<std::string, Score> sub_indicators;
  std::map<std::string, Score> tools;
  std::optional<Score> total;
  std::set<std::string> derived;  // figures not published but computed: "total", "IIT", "9", "9.5"
  std::vector<Mismatch> mismatches;
  // Each tool's own score out of 100, exact, where it is known: the mean of its indicators, or
  // its weighted score / weight x 100 when only that is known. The rating's min_each_tool uses it.
  std::map<std::string, Fraction> tool_scores;
};

ComputedScores compute_scores(const Framework& framework, const PublishedScores& in);

}  // namespace itagen::ita
