// Queries on a year's framework (framework.h).
#include "ita/framework.h"

namespace itagen::ita {

const ToolDef* Framework::find_tool(std::string_view code) const {
  for (const auto& t : tools) {
    if (t.code == code) return &t;
  }
  return nullptr;
}

const IndicatorDef* Framework::find_indicator(int number) const {
  for (const auto& i : indicators) {
    if (i.number == number) return &i;
  }
  return nullptr;
}

const SubIndicatorDef* Framework::find_sub_indicator(std::string_view code) const {
  for (const auto& s : sub_indicators) {
    if (s.code == code) return &s;
  }
  return nullptr;
}

const OitItem* Framework::find(const std::string& item_code) const {
  for (const auto& item : items) {
    if (item.code == item_code) return &item;
  }
  return nullptr;
}

const LevelDef* Framework::find_level(std::string_view name) const {
  for (const auto& l : rating.levels) {
    if (l.name == name) return &l;
  }
  return nullptr;
}

std::vector<int> Framework::indicators_of(std::string_view tool) const {
  std::vector<int> out;
  for (const auto& i : indicators) {
    if (i.tool == tool) out.push_back(i.number);
  }
  return out;
}

std::vector<const SubIndicatorDef*> Framework::sub_indicators_of(int indicator) const {
  std::vector<const SubIndicatorDef*> out;
  for (const auto& s : sub_indicators) {
    if (s.indicator == indicator) out.push_back(&s);
  }
  return out;
}

std::optional<Score> Framework::pass_mark() const {
  std::optional<Score> mark;
  for (const auto& l : rating.levels) {
    if (l.pass && (!mark || l.min_total < *mark)) mark = l.min_total;
  }
  return mark;
}

}  // namespace itagen::ita
