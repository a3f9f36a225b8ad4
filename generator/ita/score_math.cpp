// Score derivation and cross-checks on the year's framework: items -> sub-indicators ->
// indicators -> tools -> total.
// Every derived figure is an exact Fraction rounded once, half up, to hundredths; the total is
// the sum of the exact tool fractions, so it does not inherit the tools' rounding.
#include "ita/score_math.h"

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

void indicators_from_sub_indicators(const Framework& framework, ComputedScores& out) {
  for (const auto& info : framework.indicators) {
    const int indicator = info.number;
    std::vector<Score> values;
    std::string first, last;
    bool complete = true;
    for (const auto* sub : framework.sub_indicators_of(indicator)) {
      const std::string& code = sub->code;
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

std::string indicator_span(const std::vector<int>& numbers) {
  return "indicators " + std::to_string(numbers.front()) + "-" + std::to_string(numbers.back());
}

// The exact weighted tool scores, when all of each tool's indicators are known.
std::optional<Fraction> tools_from_indicators(const Framework& framework, ComputedScores& out) {
  Fraction total;
  bool all_known = !framework.tools.empty();
  for (const auto& tool : framework.tools) {
    std::vector<int> numbers = framework.indicators_of(tool.code);
    std::vector<Score> values;
    for (int i : numbers) {
      auto it = out.indicators.find(i);
      if (it == out.indicators.end()) break;
      values.push_back(it->second);
    }
    if (numbers.empty() || values.size() != numbers.size()) {
      all_known = false;
      continue;
    }
    Fraction own = mean(values);
    out.tool_scores[tool.code] = own;
    Fraction exact = Fraction(tool.weight, 100) * own;
    settle(out.tools, tool.code, tool.code, tool.code, exact, indicator_span(numbers), out);
    total = total + exact;
  }
  if (!all_known) return std::nullopt;
  return total;
}

// Tools whose indicators are not all known: their own score from the weighted one.
void tool_scores_from_weighted(const Framework& framework, ComputedScores& out) {
  for (const auto& tool : framework.tools) {
    if (out.tool_scores.count(tool.code) || tool.weight <= 0) continue;
    auto it = out.tools.find(tool.code);
    if (it == out.tools.end()) continue;
    out.tool_scores[tool.code] = Fraction(it->second.hundredths(), tool.weight);  // h/100 / (w/100)
  }
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

ComputedScores compute_scores(const Framework& framework, const PublishedScores& in) {
  ComputedScores out;
  out.indicators = in.indicators;
  out.sub_indicators = in.sub_indicators;
  out.tools = in.tools;
  out.total = in.total;

  sub_indicators_from_items(in, out);
  indicators_from_sub_indicators(framework, out);
  if (auto exact_total = tools_from_indicators(framework, out)) {
    std::vector<int> all;
    for (const auto& i : framework.indicators) all.push_back(i.number);
    settle_total(*exact_total, indicator_span(all), out);
  } else {
    Fraction sum;
    bool all_tools = !framework.tools.empty();
    std::string basis;
    for (const auto& tool : framework.tools) {
      auto it = out.tools.find(tool.code);
      if (it == out.tools.end()) {
        all_tools = false;
        break;
      }
      sum = sum + Fraction::of(it->second);
      basis += (basis.empty() ? "" : "+") + tool.code;
    }
    if (all_tools) settle_total(sum, basis, out);
  }
  tool_scores_from_weighted(framework, out);
  return out;
}

}  // namespace itagen::ita
