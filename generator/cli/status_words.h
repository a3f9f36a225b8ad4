// The words of `itagen status`'s text report, in the language of the command line. The
// /_status/ page and the CSV and JSON have their own, Thai in every language (views/readiness_views.h).
#pragma once

#include <string>

#include "model/readiness.h"

namespace itagen::cli {

std::string state_word(model::ItemState state);               // "published"
std::string state_count(model::ItemState state, int count);   // "published 2"
std::string problem_words(const model::Problem& p, int fiscal_year);
std::string gap_words(const model::Gap& g);
// The group of an item that names none.
std::string no_group_words();

}  // namespace itagen::cli
