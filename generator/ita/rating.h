// Rating a year's result on its framework's scale: the built-in scales (aa-f, nacc-5) and the
// rule that the first level whose conditions hold applies.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "ita/decimal.h"
#include "ita/framework.h"

namespace itagen::ita {

// A built-in scale by name ("aa-f", "nacc-5"); nullptr for another name.
const Rating* builtin_rating(std::string_view name);

struct RatingOutcome {
  const LevelDef* level = nullptr;  // the level that applies, when it could be decided
  // Why it could not be decided ("" when it was): what the rating needs that was not published.
  std::string undecided_because;
};

// total: the year's total; tool_scores: each tool's own score out of 100 (exact), for the
// tools whose score is known. A level's min_each_tool holds when every tool of the framework
// reaches it; with a tool unknown it cannot be decided unless a known one already fails it.
RatingOutcome rate(const Framework& framework, std::optional<Score> total,
                   const std::map<std::string, Fraction>& tool_scores);

}  // namespace itagen::ita
