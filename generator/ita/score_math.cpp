// Score derivation and cross-checks: items -> sub-indicators -> indicators 9/10 -> tools -> total.
// Every derived figure is an exact Fraction rounded once, half up, to hundredths; the total is
// the sum of the exact tool fractions, so it does not inherit the tools' rounding.
#include "ita/score_math.h"

#include "ita/framework.h"

namespace itagen::ita {
namespace {

Fraction mean(const std::vector<Score>& values) {
  Fraction sum;
  for (Score v : values) sum = sum + Fraction::of(v);
  return sum / static_cast<std::int64_t>(values.size());
}

// Fills a gap with a computed figure, or cross-checks a published one against it.
// `shown` is the figure's slot in the output; it already holds the published value, if any.
template <typename Key>
void settle(std::map<Key, Score>& shown, const Key& key, const std::string& derived_name,
            const std::string& figure, const Fraction& exact, const std::string& basis,
            ComputedScores& out) {
  Score computed = exact.round();
  auto it = shown.find(key);
  if (it == shown.end()) {
    shown.emplace(key, computed);
    out.derived.insert(derived_name);
  } else if ((it->second - computed).abs() > kTolerance) {
    out.mismatches.push_back({figure, it->second, computed, basis});
  }
}

void sub_indicators_from_items(const PublishedScores& in, ComputedScores& out) {
  std::map<std::string, std::vector<Score>> applicable;  // sub-indicator -> item scores
  for (const auto& [code, score] : in.items) {
    if (!score) continue;  // not applicable: leaves the mean
    auto sub = in.item_sub_indicator.find(code);
    if (sub == in.item_sub_indicator.end()) continue;
    applicable[sub->second].push_back(*score);
  }
  for (const auto& [sub, scores] : applicable) {
    settle(out.sub_indicators, sub, sub, "sub-indicator " + sub, mean(scores), "items of " + sub, out);
  }
}

void indicators_from_sub_indicators(ComputedScores& out) {
  for (int indicator : {9, 10}) {
    std::vector<Score> values;
    std::string first, last;
    bool complete = true;
    for (const auto& sub : sub_indicators()) {
      if (sub.indicator != indicator) continue;
      std::string code(sub.code);
      if (first.empty()) first = code;
      last = code;
      auto it = out.sub_indicators.find(code);
      if (it == out.sub_indicators.end()) {
        complete = false;
        break;
      }
      values.push_back(it->second);
    }
    if (!complete || values.empty()) continue;
    std::string number = std::to_string(indicator);
    settle(out.indicators, indicator, number, "indicator " + number, mean(values),
           "sub-indicators " + first + "-" + last, out);
  }
}

// The exact weighted tool scores, when all of each tool's indicators are known.
std::optional<Fraction> tools_from_indicators(ComputedScores& out) {
  Fraction total;
  bool all_known = true;
  for (const auto& tool : tools()) {
    std::vector<Score> values;
    for (int i = tool.first_indicator; i <= tool.last_indicator; ++i) {
      auto it = out.indicators.find(i);
      if (it == out.indicators.end()) break;
      values.push_back(it->second);
    }
    if (values.size() != static_cast<std::size_t>(tool.last_indicator - tool.first_indicator + 1)) {
      all_known = false;
      continue;
    }
    Fraction exact = Fraction(tool.weight_percent, 100) * mean(values);
    std::string code(tool.code);
    settle(out.tools, code, code, code, exact,
           "indicators " + std::to_string(tool.first_indicator) + "-" + std::to_string(tool.last_indicator),
           out);
    total = total + exact;
  }
  if (!all_known) return std::nullopt;
  return total;
}

void settle_total(const Fraction& exact, const std::string& basis, ComputedScores& out) {
  Score computed = exact.round();
  if (!out.total) {
    out.total = computed;
    out.derived.insert("total");
  } else if ((*out.total - computed).abs() > kTolerance) {
    out.mismatches.push_back({"total", *out.total, computed, basis});
  }
}

}  // namespace

ComputedScores compute_scores(const PublishedScores& in) {
  ComputedScores out;
  out.indicators = in.indicators;
  out.sub_indicators = in.sub_indicators;
  out.tools = in.tools;
  out.total = in.total;

  sub_indicators_from_items(in, out);
  indicators_from_sub_indicators(out);
  if (auto exact_total = tools_from_indicators(out)) {
    settle_total(*exact_total, "indicators 1-10", out);
  } else {
    Fraction sum;
    bool all_tools = true;
    for (const auto& tool : tools()) {
      auto it = out.tools.find(std::string(tool.code));
      if (it == out.tools.end()) {
        all_tools = false;
        break;
      }
      sum = sum + Fraction::of(it->second);
    }
    if (all_tools) settle_total(sum, "IIT+EIT+OIT", out);
  }
  return out;
}

}  // namespace itagen::ita
