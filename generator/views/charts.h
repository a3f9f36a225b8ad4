// The figures of the charts the theme draws as inline SVG (partials chart_history and
// chart_indicators): pages need no JavaScript to show a chart, and the same figures are in a
// table beside it. Coordinates are computed here in integers (tenths of a pixel where needed),
// so the output is byte-identical across machines; the markup is the theme's.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ita/decimal.h"

namespace itagen::views {

struct ChartBar {
  std::string label;    // "2566" or "1"
  std::string caption;  // longer name for the tooltip title
  ita::Score value;
  bool pass = false;    // drawn in the "pass" colour, else in the "below" one
};

// Vertical bars of yearly totals with the pass mark drawn as a line.
nlohmann::json history_chart(const std::vector<ChartBar>& years, ita::Score pass_mark, const std::string& title);
// Horizontal bars of indicator scores with the office's target drawn as a line.
nlohmann::json indicator_chart(const std::vector<ChartBar>& indicators, ita::Score target, const std::string& title);

}  // namespace itagen::views
