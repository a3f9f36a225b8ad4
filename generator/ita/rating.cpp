// The built-in rating scales and the rule that applies them (rating.h).
#include "ita/rating.h"

namespace itagen::ita {
namespace {

Score s(int whole) { return Score::from_hundredths(whole * 100); }

Rating aa_f() {
  // OBEC's ITA Online scale of FY2566: by the total only; A and above pass.
  Rating r{"aa-f", {}};
  r.levels = {{"AA", "Excellence", "aa", s(95), std::nullopt, true, {}},
              {"A", "Very Good", "a", s(85), std::nullopt, true, {}},
              {"B", "Good", "b", s(75), std::nullopt, false, {}},
              {"C", "Fair", "c", s(65), std::nullopt, false, {}},
              {"D", "Poor", "d", s(55), std::nullopt, false, {}},
              {"E", "Extremely Poor", "e", s(50), std::nullopt, false, {}},
              {"F", "Fail", "f", s(0), std::nullopt, false, {}}};
  return r;
}

Rating nacc_5() {
  // The NACC's five levels: the top two also need each tool's own score to reach the bar.
  Rating r{"nacc-5", {}};
  r.levels = {{"ผ่านดีเยี่ยม", "Excellent", "excellent", s(95), s(95), true, {}},
              {"ผ่านดี", "Good", "good", s(85), s(85), true, {}},
              {"ผ่าน", "Pass", "pass", s(85), std::nullopt, true, {}},
              {"ต้องปรับปรุง", "Needs improvement", "improve", s(70), std::nullopt, false, {}},
              {"ต้องปรับปรุงโดยด่วน", "Needs urgent improvement", "urgent", s(0), std::nullopt, false, {}}};
  return r;
}

bool at_least(const Fraction& value, Score bar) {
  // value >= bar, exactly: num/den >= h/100  <=>  num * 100 >= h * den (den > 0).
  return value.numerator() * 100 >= bar.hundredths() * value.denominator();
}

}  // namespace

const Rating* builtin_rating(std::string_view name) {
  static const Rating kAaF = aa_f();
  static const Rating kNacc5 = nacc_5();
  if (name == "aa-f") return &kAaF;
  if (name == "nacc-5") return &kNacc5;
  return nullptr;
}

RatingOutcome rate(const Framework& framework, std::optional<Score> total,
                   const std::map<std::string, Fraction>& tool_scores) {
  RatingOutcome out;
  if (!total) {
    out.undecided_because = "no total was published or can be computed";
    return out;
  }
  for (const auto& level : framework.rating.levels) {
    if (*total < level.min_total) continue;
    if (!level.min_each_tool) {
      out.level = &level;
      return out;
    }
    bool all_known = true, all_reach = true;
    for (const auto& tool : framework.tools) {
      auto it = tool_scores.find(tool.code);
      if (it == tool_scores.end()) {
        all_known = false;
      } else if (!at_least(it->second, *level.min_each_tool)) {
        all_reach = false;
      }
    }
    if (!all_reach) continue;  // a known tool misses the bar: the level does not hold
    if (!all_known) {
      out.undecided_because = "level " + level.name + " needs each tool's score, and not all were published";
      return out;
    }
    out.level = &level;
    return out;
  }
  out.undecided_because = "no level of the scale matches";
  return out;
}

}  // namespace itagen::ita
