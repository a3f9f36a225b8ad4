// Template data for published results and the score history.
#include "views/charts.h"
#include "views/fragments.h"

namespace itagen::views {
namespace {

json level_data(const ita::LevelInfo* level) {
  if (!level) return nullptr;
  return {{"code", std::string(level->code)},
          {"english", std::string(level->english)},
          {"passes", level->passes},
          {"result", level->passes ? "ผ่าน" : "ไม่ผ่าน"},
          {"class", std::string("level-") + (level->code == "AA" ? "aa" : std::string(1, char(level->code[0] + 32)))}};
}

json change_data(const model::YearResult& r) {
  if (!r.change) return nullptr;
  return {{"value", r.change->to_signed_string()},
          {"direction", direction_label(r.direction)},
          {"key", r.direction == model::Direction::kUp     ? "up"
                  : r.direction == model::Direction::kDown ? "down"
                                                           : "same"},
          {"previous_year", r.previous_year}};
}

// A score as people say it: "85" for 85.00, "94.5" is kept as "94.50".
std::string short_score(ita::Score s) {
  return s.hundredths() % 100 == 0 ? std::to_string(s.hundredths() / 100) : s.to_string();
}

}  // namespace

json result_data(const ViewContext& ctx, const model::YearResult& r) {
  const ita::Score target = ctx.site().target;
  json j{{"year", r.fiscal_year},
         {"url", ctx.url(model::routes::ita_year(r.fiscal_year))},
         {"total", r.total ? json(r.total->to_string()) : json(nullptr)},
         {"total_derived", r.scores.derived.count("total") > 0},
         {"level", level_data(r.level)},
         {"change", change_data(r)},
         {"target", target.to_string()},
         {"has_indicators", r.has_indicators()},
         {"any_derived", !r.scores.derived.empty()}};
  if (r.record->rank) j["rank"] = *r.record->rank;
  if (r.record->of) j["of"] = *r.record->of;

  json tools = json::array();
  for (const auto& t : ita::tools()) {
    auto it = r.scores.tools.find(std::string(t.code));
    if (it == r.scores.tools.end()) continue;
    tools.push_back({{"code", std::string(t.code)},
                     {"name", std::string(t.name)},
                     {"weight", t.weight_percent},
                     {"indicators", std::to_string(t.first_indicator) + "–" + std::to_string(t.last_indicator)},
                     {"score", it->second.to_string()},
                     {"derived", r.scores.derived.count(std::string(t.code)) > 0}});
  }
  j["tools"] = tools;
  j["has_tools"] = !tools.empty();

  json indicators = json::array();
  std::vector<ChartBar> bars;
  for (const auto& info : ita::indicators()) {
    auto it = r.scores.indicators.find(info.number);
    if (it == r.scores.indicators.end()) continue;
    const auto& level = ita::level_for(it->second);
    json subs = json::array();
    for (const auto& sub : ita::sub_indicators()) {
      if (sub.indicator != info.number) continue;
      auto s = r.scores.sub_indicators.find(std::string(sub.code));
      if (s == r.scores.sub_indicators.end()) continue;
      subs.push_back({{"code", std::string(sub.code)},
                      {"name", std::string(sub.name)},
                      {"score", s->second.to_string()},
                      {"derived", r.scores.derived.count(std::string(sub.code)) > 0}});
    }
    indicators.push_back({{"number", info.number},
                          {"name", std::string(info.name)},
                          {"tool", tool_code(info.tool)},
                          {"score", it->second.to_string()},
                          {"level", std::string(level.code)},
                          {"strength", it->second >= target},
                          {"derived", r.scores.derived.count(std::to_string(info.number)) > 0},
                          {"sub_indicators", subs},
                          {"has_sub_indicators", !subs.empty()}});
    bars.push_back({std::to_string(info.number),
                    std::to_string(info.number) + " " + std::string(info.name) + ": " + it->second.to_string(),
                    it->second, it->second >= target});
  }
  j["indicators"] = indicators;
  if (!bars.empty()) {
    j["indicator_chart"] = indicator_chart(
        bars, target, "คะแนนรายตัวชี้วัด ปีงบประมาณ " + std::to_string(r.fiscal_year) + " เทียบกับค่าเป้าหมาย " + target.to_string());
  }

  auto names = [&](const std::vector<int>& numbers) {
    json out = json::array();
    for (int n : numbers) out.push_back(indicator_ref(ctx, n, r.fiscal_year));
    return out;
  };
  j["strengths"] = names(r.strengths);
  j["weaknesses"] = names(r.weaknesses);

  json items = json::array();
  for (const auto& item : r.record->items) {
    bool zero = item.score && item.score->hundredths() == 0;
    if (!zero && item.note.empty()) continue;  // only the items worth a reader's attention
    items.push_back({{"code", item.code},
                     {"score", item.score ? json(item.score->to_string()) : json("ไม่ประเมิน")},
                     {"note", item.note},
                     {"zero", zero}});
  }
  j["item_notes"] = items;
  j["has_item_notes"] = !items.empty();
  return j;
}

json history_data(const ViewContext& ctx) {
  json rows = json::array();
  std::vector<ChartBar> bars;
  for (const auto& r : ctx.model().results) {
    if (!r.total) continue;
    json row = result_data(ctx, r);
    rows.push_back(row);
    bars.push_back({std::to_string(r.fiscal_year),
                    "ปีงบประมาณ " + std::to_string(r.fiscal_year) + ": " + r.total->to_string(), *r.total,
                    *r.total >= ita::kPassMark});
  }
  json j{{"rows", rows}, {"has_rows", !rows.empty()}, {"pass_mark", short_score(ita::kPassMark)}};
  if (!bars.empty()) {
    j["chart"] = history_chart(bars, ita::kPassMark,
                               "ผลคะแนน ITA ย้อนหลัง ปีงบประมาณ " + bars.front().label + "–" + bars.back().label +
                                   " เส้นแนวนอนคือเกณฑ์ผ่าน " + ita::kPassMark.to_string() + " คะแนน");
  }
  return j;
}

}  // namespace itagen::views
