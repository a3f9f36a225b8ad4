// A scores file as the input of the score maths: what was published, with each item result
// placed in its sub-indicator by the year's framework. `check` and the scaffolds derive the same
// figures from it.
#pragma once

#include "content/records.h"
#include "ita/score_math.h"

namespace itagen::model {

// Item results the framework does not know count in no sub-indicator.
ita::PublishedScores published_scores(const content::ScoresRecord& record, const ita::Framework& framework);

}  // namespace itagen::model
