// What a scaffold needs to know about the site it writes into, read through the same parsers
// `check` uses: the year's OIT catalog, the items already filed, the settings, the latest
// results and the year's measures. Problems found while reading are not the scaffold's to
// report (`check` does), so each reader uses its own throwaway sink.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "content/records.h"
#include "fs/file_system.h"

namespace itagen::scaffold {

// The catalog `check` would use for fiscal_year (content::CriteriaSet::for_year), from the
// site's content/criteria/*.yaml that parse and the shipped catalogs.
std::optional<content::Catalog> catalog_for(const fs::FileSystem& site, int fiscal_year);

// Item code -> the file in content/oit/<fy>/ that already claims it.
std::map<std::string, std::string> claimed_items(const fs::FileSystem& site, int fiscal_year);

// content/site.yaml, or the defaults when it is missing or broken.
content::SiteConfig site_config(const fs::FileSystem& site);

// The latest published results before fiscal_year, and its indicators below target.
struct LatestResults {
  int fiscal_year = 0;
  std::vector<std::pair<int, content::Score>> below_target;  // indicator, score
};
std::optional<LatestResults> latest_results_before(const fs::FileSystem& site, int fiscal_year, content::Score target);

// The ids in content/measures/<fy>.yaml; nullopt when the file is missing or does not parse.
std::optional<std::vector<std::string>> measure_ids(const fs::FileSystem& site, int fiscal_year);

}  // namespace itagen::scaffold
