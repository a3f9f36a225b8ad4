// What a scaffold needs to know about the site it writes into, read through the same parsers
// `check` uses: the year's OIT catalog, the items already filed, the settings, the latest
// results and the year's measures. Problems found while reading are not the scaffold's to
// report (`check` does), so each reader uses its own throwaway sink.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "content/criteria_set.h"
#include "content/records.h"
#include "fs/file_system.h"

namespace itagen::scaffold {

// Every year's framework as `check` assembles it: the site's content/criteria/*.yaml that
// parse, over the shipped ones.
content::CriteriaSet site_criteria(const fs::FileSystem& site);
// The framework `check` would use for fiscal_year's OIT items (CriteriaSet::for_year).
std::optional<ita::Framework> framework_for(const fs::FileSystem& site, int fiscal_year);

// Item code -> the file in content/oit/<fy>/ that already claims it.
std::map<std::string, std::string> claimed_items(const fs::FileSystem& site, int fiscal_year);

// content/site.yaml, or the defaults when it is missing or broken.
content::SiteConfig site_config(const fs::FileSystem& site);

// The latest published results before fiscal_year, and its indicators below target.
struct LatestResults {
  int fiscal_year = 0;
  std::vector<std::pair<int, content::Score>> below_target;  // indicator, score
  ita::Framework framework;  // the results' framework, for the indicators' names
};
std::optional<LatestResults> latest_results_before(const fs::FileSystem& site, int fiscal_year, content::Score target);

// The latest fiscal year content/ holds a file for: content/oit/<fy>/, measures, reports,
// no-gift, committee or scores. nullopt in a site with none. `new` without --year works on
// it, not on the calendar's year: run after 1 October, it must not start the next year
// (and switch the home page to it) by itself.
std::optional<int> latest_content_year(const fs::FileSystem& site);

// The ids in content/measures/<fy>.yaml; nullopt when the file is missing or does not parse.
std::optional<std::vector<std::string>> measure_ids(const fs::FileSystem& site, int fiscal_year);
// The same for the text of a measures file, such as one about to be written; nullopt when
// it has an error.
std::optional<std::vector<std::string>> measure_ids_in(const std::string& text, const std::string& path);

}  // namespace itagen::scaffold
