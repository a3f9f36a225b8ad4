// Chart geometry (charts.h).
#include "views/charts.h"

namespace itagen::views {
namespace {

using nlohmann::json;

// Tenths of a pixel as an SVG number: 125 -> "12.5", 120 -> "12".
std::string num(long tenths) {
  std::string s = std::to_string(tenths / 10);
  long frac = (tenths < 0 ? -tenths : tenths) % 10;
  if (frac) s += "." + std::to_string(frac);
  return s;
}

}  // namespace

json history_chart(const std::vector<ChartBar>& years, ita::Score pass_mark, const std::string& title) {
  const long width = 640, height = 260, left = 40, bottom = 30, top = 20;
  const long plot_h = height - bottom - top;
  const long n = static_cast<long>(years.size());
  if (n == 0) return nullptr;
  const long slot = (width - left - 10) / n;
  const long bar_w = slot * 6 / 10;
  auto y_of = [&](ita::Score s) { return top + plot_h - plot_h * s.hundredths() / 10000; };
  json grid = json::array();
  for (int tick = 0; tick <= 100; tick += 25) {
    long y = y_of(ita::Score::from_hundredths(tick * 100));
    grid.push_back({{"x1", left}, {"x2", width - 5}, {"y", y}, {"label_x", left - 6}, {"label_y", y + 4}, {"tick", tick}});
  }
  json bars = json::array();
  for (long i = 0; i < n; ++i) {
    const auto& bar = years[static_cast<std::size_t>(i)];
    long x = left + i * slot + (slot - bar_w) / 2;
    long y = y_of(bar.value);
    bars.push_back({{"caption", bar.caption},
                    {"pass", bar.pass},
                    {"x", x},
                    {"y", y},
                    {"bar_width", bar_w},
                    {"bar_height", top + plot_h - y},
                    {"center_x", x + bar_w / 2},
                    {"value_y", y - 4},
                    {"value", bar.value.to_string()},
                    {"label_y", height - 10},
                    {"label", bar.label}});
  }
  long mark_y = y_of(pass_mark);
  return {{"width", width}, {"height", height}, {"title", title}, {"grid", grid}, {"bars", bars},
          {"mark", {{"x1", left}, {"x2", width - 5}, {"y", mark_y}}}};
}

json indicator_chart(const std::vector<ChartBar>& indicators, ita::Score target, const std::string& title) {
  const long width = 640, row = 26, left = 36, right = 60, top = 10;
  const long n = static_cast<long>(indicators.size());
  if (n == 0) return nullptr;
  const long height = top * 2 + row * n;
  const long plot_w = width - left - right;
  auto x_of = [&](ita::Score s) { return left * 10 + plot_w * s.hundredths() / 1000; };  // tenths of a pixel
  json bars = json::array();
  for (long i = 0; i < n; ++i) {
    const auto& bar = indicators[static_cast<std::size_t>(i)];
    long y = top + i * row;
    long x_end = x_of(bar.value);
    bars.push_back({{"caption", bar.caption},
                    {"pass", bar.pass},
                    {"label_x", left - 8},
                    {"text_y", y + 17},
                    {"label", bar.label},
                    {"x", left},
                    {"y", y + 4},
                    {"bar_width", num(x_end - left * 10)},
                    {"bar_height", row - 8},
                    {"value_x", num(x_end + 50)},
                    {"value", bar.value.to_string()}});
  }
  return {{"width", width}, {"height", height}, {"title", title}, {"bars", bars},
          {"mark", {{"x", num(x_of(target))}, {"y1", top - 4}, {"y2", height - top + 4}}}};
}

}  // namespace itagen::views
