// Inline SVG charts drawn at build time: pages need no JavaScript to show a chart, and each
// chart has a title and description for screen readers (the same figures are in a table).
#pragma once

#include <string>
#include <vector>

#include "ita/decimal.h"

namespace itagen::views {

struct ChartBar {
  std::string label;   // "2566" or "1"
  std::string caption; // longer name for the tooltip title
  ita::Score value;
};

// Vertical bars of yearly totals with the pass mark drawn as a line.
std::string history_chart_svg(const std::vector<ChartBar>& years, ita::Score pass_mark, const std::string& title);
// Horizontal bars of indicator scores with the office's target drawn as a line.
std::string indicator_chart_svg(const std::vector<ChartBar>& indicators, ita::Score target, const std::string& title);

}  // namespace itagen::views
