// The text of content/criteria/<fy>.yaml as `itagen new criteria` writes it: a whole framework,
// every section spelled out so the office can edit any of them, with short Thai comments
// saying what each part means.
#pragma once

#include <string>

#include "ita/framework.h"

namespace itagen::scaffold {

// fiscal_year: the year the file is for; framework: the one it starts from (of an earlier or
// the same year).
std::string criteria_file(const ita::Framework& framework, int fiscal_year);

}  // namespace itagen::scaffold
