// The fixed ITA framework: 10 indicators, 3 tools with their weights, the OIT sub-indicators,
// and the 7-level rating scale. These change only when the NACC changes the assessment.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "ita/decimal.h"

namespace itagen::ita {

enum class Tool { kIIT, kEIT, kOIT };

struct IndicatorInfo {
  int number;              // 1..10
  std::string_view name;   // Thai name, verbatim
  Tool tool;
};

struct SubIndicatorInfo {
  std::string_view code;   // "9.1"
  int indicator;           // 9 or 10
  std::string_view name;
};

struct ToolInfo {
  Tool tool;
  std::string_view code;   // "IIT"
  std::string_view name;   // Thai description
  int weight_percent;      // 30, 30, 40
  int first_indicator;
  int last_indicator;
};

struct LevelInfo {
  std::string_view code;         // "AA"
  std::string_view english;      // "Excellence"
  Score minimum;                 // inclusive
  Score maximum;                 // inclusive, for display ("94.99")
  bool passes;
};

constexpr int kIndicatorCount = 10;

std::span<const IndicatorInfo> indicators();
const IndicatorInfo* find_indicator(int number);
std::span<const SubIndicatorInfo> sub_indicators();
const SubIndicatorInfo* find_sub_indicator(std::string_view code);
std::span<const ToolInfo> tools();
const ToolInfo& tool_info(Tool tool);
std::optional<Tool> parse_tool(std::string_view code);
std::span<const LevelInfo> levels();
const LevelInfo& level_for(Score total);
const LevelInfo* find_level(std::string_view code);

// OBEC's pass mark for every office.
constexpr Score kPassMark = Score::from_hundredths(8500);

}  // namespace itagen::ita
