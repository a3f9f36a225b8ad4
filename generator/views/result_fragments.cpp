// Template data for published results and the score history.
#include "views/charts.h"
#include "views/fragments.h"

namespace itagen::views {
namespace {

// A score as people say it: "85" for 85.00, "94.5" is kept as "94.50".
std::string short_score(ita::Score s) {
  return s.hundredths() % 100 == 0 ? std::to_string(s.hundredths() / 100) : s.to_string();
}

json level_data(const model::YearResult& r) {
  if (!r.level) return nullptr;
  const ita::LevelDef& level = *r.level;
  return {{"code", level.name},
          {"english", level.english},
          {"passes", level.pass},
          {"result", level.pass ? "ผ่าน" : "ไม่ผ่าน"},
          {"class", "level-" + level.key},
          {"as_published", r.level_as_published},
          {"note", r.level_undecided}};
}

// A level for one indicator's score, on scales that rate by the total alone (AA-F): a scale
// with bars for each tool has no meaning for a single indicator.
std::string indicator_level(const ita::Framework& fw, ita::Score score) {
  for (const auto& level : fw.rating.levels) {
    if (level.min_each_tool) return {};
  }
  for (const auto& level : fw.rating.levels) {
    if (score >= level.min_total) return level.name;
  }
  return {};
}

std::string indicator_range(const ita::Framework& fw, const std::string& tool) {
  auto numbers = fw.indicators_of(tool);
  if (numbers.empty()) return {};
  return std::to_string(numbers.front()) + "–" + std::to_string(numbers.back());
}

// Every item result of the year, grouped by sub-indicator with the year's titles.
json item_results(const model::YearResult& r) {
  const ita::Framework& fw = *r.framework;
  json groups = json::array();
  for (const auto& sub : fw.sub_indicators) {
    json items = json::array();
    for (const auto& result : r.record->items) {
      const auto* item = fw.find(result.code);
      if (!item || item->sub_indicator != sub.code) continue;
      bool zero = result.score && result.score->hundredths() == 0;
      items.push_back({{"code", result.code},
                       {"title", item->title},
                       {"score", result.score ? json(short_score(*result.score)) : json("ไม่ประเมิน")},
                       {"zero", zero},
                       {"note", result.note},
                       {"has_note", !result.note.empty()}});
    }
    if (items.empty()) continue;
    groups.push_back({{"code", sub.code}, {"name", sub.title}, {"items", items}});
  }
  return groups;
}

// value is signed (-0.17) for a column of differences, where the number stands alone;
// magnitude (0.17) goes after the direction word, since "ลดลง -0.17" says "down" twice.
json change_data(const model::YearResult& r) {
  if (!r.change) return nullptr;
  return {{"value", r.change->to_signed_string()},
          {"magnitude", r.change->abs().to_string()},
          {"direction", direction_label(r.direction)},
          {"key", r.direction == model::Direction::kUp     ? "up"
                  : r.direction == model::Direction::kDown ? "down"
                                                           : "same"},
          {"previous_year", r.previous_year}};
}


}  // namespace

json result_data(const ViewContext& ctx, const model::YearResult& r) {
  const ita::Score target = ctx.site().target;
  json j{{"year", r.fiscal_year},
         {"url", ctx.url(model::routes::ita_year(r.fiscal_year))},
         {"total", r.total ? json(r.total->to_string()) : json(nullptr)},
         {"total_derived", r.scores.derived.count("total") > 0},
         {"level", level_data(r)},
         {"scale", r.framework ? r.framework->rating.scale : std::string()},
         // Who set the criteria, for a year that has its own (older years borrow the earliest).
         {"source", optional_text(r.framework && r.framework->fiscal_year == r.fiscal_year ? r.framework->source
                                                                                            : std::string())},
         {"change", change_data(r)},
         {"target", target.to_string()},
         {"has_indicators", r.has_indicators()},
         {"any_derived", !r.scores.derived.empty()}};
  if (r.record->rank) j["rank"] = *r.record->rank;
  if (r.record->of) j["of"] = *r.record->of;

  const ita::Framework& fw = *r.framework;
  json tools = json::array();
  for (const auto& t : fw.tools) {
    auto it = r.scores.tools.find(t.code);
    if (it == r.scores.tools.end()) continue;
    json tool{{"code", t.code},
              {"name", t.title},
              {"weight", t.weight},
              {"indicators", indicator_range(fw, t.code)},
              {"score", it->second.to_string()},
              {"derived", r.scores.derived.count(t.code) > 0}};
    if (auto own = r.scores.tool_scores.find(t.code); own != r.scores.tool_scores.end()) {
      tool["own_score"] = own->second.round().to_string();
    }
    tools.push_back(std::move(tool));
  }
  j["tools"] = tools;
  j["has_tools"] = !tools.empty();

  json indicators = json::array();
  std::vector<ChartBar> bars;
  for (const auto& info : fw.indicators) {
    auto it = r.scores.indicators.find(info.number);
    if (it == r.scores.indicators.end()) continue;
    json subs = json::array();
    for (const auto* sub : fw.sub_indicators_of(info.number)) {
      auto s = r.scores.sub_indicators.find(sub->code);
      if (s == r.scores.sub_indicators.end()) continue;
      subs.push_back({{"code", sub->code},
                      {"name", sub->title},
                      {"score", s->second.to_string()},
                      {"derived", r.scores.derived.count(sub->code) > 0}});
    }
    indicators.push_back({{"number", info.number},
                          {"name", info.title},
                          {"tool", info.tool},
                          {"score", it->second.to_string()},
                          {"level", indicator_level(fw, it->second)},
                          {"strength", it->second >= target},
                          {"derived", r.scores.derived.count(std::to_string(info.number)) > 0},
                          {"sub_indicators", subs},
                          {"has_sub_indicators", !subs.empty()}});
    bars.push_back({std::to_string(info.number),
                    std::to_string(info.number) + " " + info.title + ": " + it->second.to_string(),
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

  json items = item_results(r);
  j["item_groups"] = items;
  j["has_item_results"] = !items.empty();
  return j;
}

json history_data(const ViewContext& ctx) {
  json rows = json::array();
  std::vector<ChartBar> bars;
  // The line drawn is the pass mark of the latest year's scale; each bar is coloured by its
  // own year's pass or fail.
  std::optional<ita::Score> pass_mark;
  for (const auto& r : ctx.model().results) {
    if (!r.total) continue;
    json row = result_data(ctx, r);
    rows.push_back(row);
    if (auto mark = r.framework->pass_mark()) pass_mark = mark;
    bars.push_back({std::to_string(r.fiscal_year),
                    "ปีงบประมาณ " + std::to_string(r.fiscal_year) + ": " + r.total->to_string() +
                        (r.level ? " " + r.level->name : std::string()),
                    *r.total, r.level && r.level->pass});
  }
  json j{{"rows", rows}, {"has_rows", !rows.empty()}};
  if (pass_mark) j["pass_mark"] = short_score(*pass_mark);
  if (!bars.empty() && pass_mark) {
    j["chart"] = history_chart(bars, *pass_mark,
                               "ผลคะแนน ITA ย้อนหลัง ปีงบประมาณ " + bars.front().label + "–" + bars.back().label +
                                   " เส้นแนวนอนคือเกณฑ์ผ่าน " + pass_mark->to_string() + " คะแนน");
  }
  return j;
}

}  // namespace itagen::views
