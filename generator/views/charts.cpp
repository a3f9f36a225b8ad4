// SVG chart drawing. Coordinates are computed in integers (tenths of a pixel where needed) so
// the output is byte-identical across machines.
#include "views/charts.h"

#include "output/escape.h"

namespace itagen::views {
namespace {

using output::html_escape;

std::string num(long tenths) {
  std::string s = std::to_string(tenths / 10);
  long frac = (tenths < 0 ? -tenths : tenths) % 10;
  if (frac) s += "." + std::to_string(frac);
  return s;
}

// Bars at or above the mark are drawn in the "pass" colour, others in the "below" colour; the
// colours come from the stylesheet (classes), so themes can restyle charts.
std::string bar_class(ita::Score value, ita::Score mark) { return value >= mark ? "bar bar-pass" : "bar bar-below"; }

}  // namespace

std::string history_chart_svg(const std::vector<ChartBar>& years, ita::Score pass_mark, const std::string& title) {
  const long width = 640, height = 260, left = 40, bottom = 30, top = 20;
  const long plot_h = height - bottom - top;
  const long n = static_cast<long>(years.size());
  if (n == 0) return {};
  const long slot = (width - left - 10) / n;
  const long bar_w = slot * 6 / 10;
  auto y_of = [&](ita::Score s) { return top + plot_h - plot_h * s.hundredths() / 10000; };
  std::string svg = "<svg class=\"chart chart-history\" viewBox=\"0 0 " + std::to_string(width) + " " +
                    std::to_string(height) + "\" role=\"img\" aria-labelledby=\"chart-history-title\">";
  svg += "<title id=\"chart-history-title\">" + html_escape(title) + "</title>";
  for (int tick = 0; tick <= 100; tick += 25) {
    long y = y_of(ita::Score::from_hundredths(tick * 100));
    svg += "<line class=\"grid\" x1=\"" + std::to_string(left) + "\" x2=\"" + std::to_string(width - 5) + "\" y1=\"" +
           std::to_string(y) + "\" y2=\"" + std::to_string(y) + "\"/>";
    svg += "<text class=\"axis\" x=\"" + std::to_string(left - 6) + "\" y=\"" + std::to_string(y + 4) +
           "\" text-anchor=\"end\">" + std::to_string(tick) + "</text>";
  }
  for (long i = 0; i < n; ++i) {
    const auto& bar = years[static_cast<std::size_t>(i)];
    long x = left + i * slot + (slot - bar_w) / 2;
    long y = y_of(bar.value);
    svg += "<g><title>" + html_escape(bar.caption) + "</title>";
    svg += "<rect class=\"" + bar_class(bar.value, pass_mark) + "\" x=\"" + std::to_string(x) + "\" y=\"" +
           std::to_string(y) + "\" width=\"" + std::to_string(bar_w) + "\" height=\"" +
           std::to_string(top + plot_h - y) + "\"/>";
    svg += "<text class=\"value\" x=\"" + std::to_string(x + bar_w / 2) + "\" y=\"" + std::to_string(y - 4) +
           "\" text-anchor=\"middle\">" + bar.value.to_string() + "</text>";
    svg += "<text class=\"axis\" x=\"" + std::to_string(x + bar_w / 2) + "\" y=\"" + std::to_string(height - 10) +
           "\" text-anchor=\"middle\">" + html_escape(bar.label) + "</text></g>";
  }
  long mark_y = y_of(pass_mark);
  svg += "<line class=\"mark\" x1=\"" + std::to_string(left) + "\" x2=\"" + std::to_string(width - 5) + "\" y1=\"" +
         std::to_string(mark_y) + "\" y2=\"" + std::to_string(mark_y) + "\"/>";
  svg += "</svg>";
  return svg;
}

std::string indicator_chart_svg(const std::vector<ChartBar>& indicators, ita::Score target, const std::string& title) {
  const long width = 640, row = 26, left = 36, right = 60, top = 10;
  const long n = static_cast<long>(indicators.size());
  if (n == 0) return {};
  const long height = top * 2 + row * n;
  const long plot_w = width - left - right;
  auto x_of = [&](ita::Score s) { return left * 10 + plot_w * s.hundredths() / 1000; };  // tenths of a pixel
  std::string svg = "<svg class=\"chart chart-indicators\" viewBox=\"0 0 " + std::to_string(width) + " " +
                    std::to_string(height) + "\" role=\"img\" aria-labelledby=\"chart-indicators-title\">";
  svg += "<title id=\"chart-indicators-title\">" + html_escape(title) + "</title>";
  for (long i = 0; i < n; ++i) {
    const auto& bar = indicators[static_cast<std::size_t>(i)];
    long y = top + i * row;
    long x_end = x_of(bar.value);
    svg += "<g><title>" + html_escape(bar.caption) + "</title>";
    svg += "<text class=\"axis\" x=\"" + std::to_string(left - 8) + "\" y=\"" + std::to_string(y + 17) +
           "\" text-anchor=\"end\">" + html_escape(bar.label) + "</text>";
    svg += "<rect class=\"" + bar_class(bar.value, target) + "\" x=\"" + std::to_string(left) + "\" y=\"" +
           std::to_string(y + 4) + "\" width=\"" + num(x_end - left * 10) + "\" height=\"" + std::to_string(row - 8) +
           "\"/>";
    svg += "<text class=\"value\" x=\"" + num(x_end + 50) + "\" y=\"" + std::to_string(y + 17) + "\">" +
           bar.value.to_string() + "</text></g>";
  }
  std::string target_x = num(x_of(target));
  svg += "<line class=\"mark\" x1=\"" + target_x + "\" x2=\"" + target_x + "\" y1=\"" + std::to_string(top - 4) +
         "\" y2=\"" + std::to_string(height - top + 4) + "\"/>";
  svg += "</svg>";
  return svg;
}

}  // namespace itagen::views
