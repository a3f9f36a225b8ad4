// Scores record -> score maths input (published_scores.h).
#include "model/published_scores.h"

namespace itagen::model {

ita::PublishedScores published_scores(const content::ScoresRecord& record, const ita::Framework& framework) {
  ita::PublishedScores in;
  for (const auto& [n, s] : record.indicators) in.indicators[n] = s.value;
  for (const auto& [code, s] : record.sub_indicators) in.sub_indicators[code] = s.value;
  for (const auto& [code, s] : record.tools) in.tools[code] = s.value;
  if (record.total) in.total = record.total->value;
  for (const auto& item : record.items) {
    in.items[item.code] = item.score;
    if (const auto* c = framework.find(item.code)) in.item_sub_indicator[item.code] = c->sub_indicator;
  }
  return in;
}

}  // namespace itagen::model
