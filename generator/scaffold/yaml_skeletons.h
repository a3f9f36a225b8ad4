// The text of every file a scaffold writes. Each is valid content as it stands (content-model.md:
// contract keys only, dates YYYY-MM-DD in BE), with Thai and English comments saying what to
// fill in. Pure functions of their arguments, so tests can compare them verbatim.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "content/records.h"
#include "thai/dates.h"

namespace itagen::scaffold {

// A YAML double-quoted scalar.
std::string yaml_quote(std::string_view text);

// content/site.yaml of a new site: every setting, with sample values that pass `check`.
std::string site_yaml();

// content/oit/<fy>/O05.md: front matter with no evidence yet (so the item counts as missing),
// and comments listing what the catalog says the item must disclose.
std::string oit_item_file(const ita::OitItem& item, const ita::Framework& framework, int fiscal_year, const thai::Date& today);

struct AnalysisPoint {
  int indicator = 0;
  std::string text;
};

struct MeasuresSkeleton {
  int fiscal_year = 0;
  int based_on = 0;
  std::vector<AnalysisPoint> improve;
  std::vector<std::string> measure_ids;  // each becomes a measure to fill in
  int first_indicator = 1;               // what a new measure answers until someone edits it
};

// content/measures/<fy>.yaml.
std::string measures_file(const MeasuresSkeleton& skeleton);
// One entry of its measures: list, indented to sit under "measures:".
std::string measure_entry(const std::string& id, int fiscal_year, int indicator);

// content/reports/<fy>/<round>.yaml with a planned entry per measure id.
std::string report_file(int fiscal_year, const std::string& round, const std::vector<std::string>& measure_ids);
// The last day a round reports on: 6m -> 31 March, 12m -> 30 September, q1 -> 31 December ...
thai::Date round_end(int fiscal_year, const std::string& round);

// content/pages/<slug>.md.
std::string page_file(const std::string& title, const thai::Date& today);

// content/no-gift/<fy>.yaml, the text of its announcement (content/no-gift/<fy>.md), and
// content/committee/<fy>.yaml.
std::string no_gift_file(int fiscal_year, const std::string& short_name);
std::string no_gift_announcement_file(int fiscal_year, const std::string& short_name);
std::string committee_file(int fiscal_year);

}  // namespace itagen::scaffold
