// A fiscal year's ITA framework as a value loaded from data (content/criteria/<fy>.yaml, or
// the files shipped in generator/data/criteria/): the tools and their weights, the indicators
// of each tool, the sub-indicators of each indicator, the rating scale, and the OIT items.
// Nothing else in the generator knows how many of each there are.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "ita/decimal.h"

namespace itagen::ita {

struct ToolDef {
  std::string code;   // "IIT"
  std::string title;  // Thai description
  int weight = 0;     // percent of the total
  diag::SourceLocation where;
};

struct IndicatorDef {
  int number = 0;     // 1..n
  std::string tool;   // the tool's code
  std::string title;  // Thai name, verbatim
  diag::SourceLocation where;
};

struct SubIndicatorDef {
  std::string code;   // "9.4"
  int indicator = 0;  // 9: the number before the dot
  std::string title;
  diag::SourceLocation where;
};

// One level of a rating scale. A level applies when the total reaches min_total and, when
// min_each_tool is set, each tool's own score (out of 100) reaches it too.
struct LevelDef {
  std::string name;     // "AA", "ผ่านดีเยี่ยม"
  std::string english;  // "Excellence", may be empty
  std::string key;      // for CSS classes: "aa", "excellent", "custom-3" (the third of a written list)
  Score min_total;
  std::optional<Score> min_each_tool;
  bool pass = false;
  diag::SourceLocation where;
};

struct Rating {
  std::string scale;  // "aa-f" or "nacc-5" for the built-in scales, "custom" for a written list
  std::vector<LevelDef> levels;  // first match wins; the last has min_total 0
};

struct OitItem {
  std::string code;  // "O1"
  int number = 0;    // 1
  std::string title;
  std::string sub_indicator;  // "9.1"
  std::vector<std::string> requirements;  // what the assessors check
  bool not_applicable = false;
  diag::SourceLocation where;
};

struct Framework {
  int fiscal_year = 0;     // the year it was written for
  std::string origin;      // "builtin" or the content path it came from
  std::string source;      // who set the criteria, shown on the pages ("" when not said)
  bool provisional = false;  // the office says its list is provisional
  std::vector<ToolDef> tools;
  std::vector<IndicatorDef> indicators;
  std::vector<SubIndicatorDef> sub_indicators;
  Rating rating;
  std::vector<OitItem> items;

  const ToolDef* find_tool(std::string_view code) const;
  const IndicatorDef* find_indicator(int number) const;
  const SubIndicatorDef* find_sub_indicator(std::string_view code) const;
  const OitItem* find(const std::string& item_code) const;
  const LevelDef* find_level(std::string_view name) const;
  // The indicator numbers of a tool, in order.
  std::vector<int> indicators_of(std::string_view tool) const;
  // The sub-indicators of an indicator, in order.
  std::vector<const SubIndicatorDef*> sub_indicators_of(int indicator) const;
  // The lowest total of a passing level: the pass mark drawn on charts.
  std::optional<Score> pass_mark() const;
};

}  // namespace itagen::ita
