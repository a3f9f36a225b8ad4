// Builtin criteria catalogs by fiscal year.
#include "ita/builtin_catalogs.h"

#include <cstdlib>

namespace itagen::ita {

std::map<int, std::string> builtin_catalog_sources() {
  std::map<int, std::string> by_year;
  for (const auto& [name, text] : builtin_catalog_files()) {
    int year = std::atoi(name.c_str());
    if (year > 0) by_year.emplace(year, text);
  }
  return by_year;
}

}  // namespace itagen::ita
