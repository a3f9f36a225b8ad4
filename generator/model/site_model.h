// The assembled site: content records plus everything derived from them (shown scores, history
// changes, strengths and weaknesses, OIT item status, links between measures, reports and
// meetings). Built in explicit passes by assemble(), then frozen: renderers get a const ref.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "content/criteria_set.h"
#include "content/records.h"
#include "diag/diagnostic.h"
#include "ita/framework.h"
#include "ita/score_math.h"
#include "model/routes.h"

namespace itagen::model {

using content::Score;

enum class Direction { kUp, kDown, kSame };

// One fiscal year's published results with what was derived from them.
struct YearResult {
  int fiscal_year = 0;
  const content::ScoresRecord* record = nullptr;
  ita::ComputedScores scores;
  std::optional<Score> total;
  const ita::LevelInfo* level = nullptr;
  // Change from the closest earlier year that has a total.
  int previous_year = 0;
  std::optional<Score> change;
  Direction direction = Direction::kSame;
  // Indicators at or above the site's target, and below it.
  std::vector<int> strengths;
  std::vector<int> weaknesses;
  bool has_indicators() const { return scores.indicators.size() == ita::kIndicatorCount; }
};

struct OitItemStatus {
  const content::CatalogItem* item = nullptr;
  const content::OitItemFile* file = nullptr;  // nullptr when no file claims the item
  bool present = false;                        // a file with at least one piece of evidence
  std::string slug;                            // "o01"
};

struct OitGroup {
  const ita::SubIndicatorInfo* sub_indicator = nullptr;
  std::vector<OitItemStatus> items;
};

struct OitYear {
  int fiscal_year = 0;
  const content::Catalog* catalog = nullptr;
  bool provisional = false;  // the catalog was written for an earlier year
  std::vector<OitGroup> groups;
  int present = 0;
  int missing = 0;
  int not_applicable = 0;
};

// A monitoring entry as seen from its measure.
struct MeasureProgress {
  const content::ReportRecord* report = nullptr;
  const content::ReportEntry* entry = nullptr;
};

struct MeetingRef {
  const content::CommitteeRecord* committee = nullptr;
  const content::Meeting* meeting = nullptr;
};

class SiteModel {
 public:
  content::SiteContent content;
  content::CriteriaSet criteria;     // the catalogs each year may use; referenced by OitYear
  std::vector<YearResult> results;   // ascending fiscal year
  std::map<int, OitYear> oit;
  // measure key "fy/id" -> monitoring entries and meetings that name it
  std::map<std::string, std::vector<MeasureProgress>> progress;
  std::map<std::string, std::vector<MeetingRef>> meetings;
  std::set<int> report_years;        // years with an annual report (/report/<fy>/)
  std::vector<routes::Route> routes;  // every page, in the order they are rendered
  std::set<std::string> page_paths;  // the paths of those pages but the 404 page: "" for home, "ita/2566" ...

  const YearResult* result_for(int fiscal_year) const;
  const YearResult* latest_result() const;
  // The most recent fiscal year with measures, no-gift, OIT or report content (0 if none).
  int current_year() const;
  bool has_page(const std::string& path) const { return page_paths.count(path) > 0; }
};

std::string measure_key(int fiscal_year, const std::string& id);

// Builds the model and runs every cross-check; problems go to sink.
std::unique_ptr<SiteModel> assemble(content::SiteContent content, diag::DiagnosticSink& sink);

}  // namespace itagen::model
