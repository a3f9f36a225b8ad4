// A scores file as the input of the score maths: what was published, with each item result
// placed in its sub-indicator by the year's catalog. `check` and the scaffolds derive the same
// figures from it.
#pragma once

#include "content/records.h"
#include "ita/score_math.h"

namespace itagen::model {

// catalog: the year's criteria (content::CriteriaSet::for_year); item results it does not
// know, or all of them when it is null, count in no sub-indicator.
ita::PublishedScores published_scores(const content::ScoresRecord& record, const content::Catalog* catalog);

}  // namespace itagen::model
