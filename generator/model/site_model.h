// The assembled site: content records plus everything derived from them (shown scores, history
// changes, strengths and weaknesses, OIT item status, links between measures, reports and
// meetings). Built in explicit passes by assemble(), then frozen: renderers get a const ref.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
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
  const ita::Framework* framework = nullptr;  // the rules the year was assessed under
  ita::ComputedScores scores;
  std::optional<Score> total;
  // The level shown: the one the year's rating gives, or the published one when what was
  // published cannot decide it (then level_as_published); nullptr when unknown.
  const ita::LevelDef* level = nullptr;
  bool level_as_published = false;
  std::string level_undecided;  // why the rating could not decide, "" when it did
  // Change from the closest earlier year that has a total.
  int previous_year = 0;
  std::optional<Score> change;
  Direction direction = Direction::kSame;
  // Indicators at or above the site's target, and below it.
  std::vector<int> strengths;
  std::vector<int> weaknesses;
  bool has_indicators() const {
    return framework && !framework->indicators.empty() && scores.indicators.size() == framework->indicators.size();
  }
};

struct OitItemStatus {
  const ita::OitItem* item = nullptr;
  const content::OitItemFile* file = nullptr;  // nullptr when no file claims the item
  bool present = false;    // disclosed: a file with evidence, or with a statement
  bool statement = false;  // disclosed by the office's statement alone (nothing to publish)
  std::string slug;                            // "o01"
};

struct OitGroup {
  const ita::SubIndicatorDef* sub_indicator = nullptr;
  std::vector<OitItemStatus> items;
};

struct OitYear {
  int fiscal_year = 0;
  const ita::Framework* framework = nullptr;
  bool provisional = false;  // the framework was written for an earlier year, or says it is provisional
  std::vector<OitGroup> groups;
  int present = 0;     // statements included
  int statements = 0;
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
  content::CriteriaSet criteria;     // every year's framework; referenced by results and OitYear
  std::vector<YearResult> results;   // ascending fiscal year
  std::map<int, OitYear> oit;
  // measure key "fy/id" -> monitoring entries and meetings that name it
  std::map<std::string, std::vector<MeasureProgress>> progress;
  std::map<std::string, std::vector<MeetingRef>> meetings;
  std::set<int> report_years;        // years with an annual report (/report/<fy>/)
  std::vector<routes::Route> routes;  // every page, in the order they are rendered
  // The paths of those pages but the 404 page: "" for home, "ita/2566" ... (views of routes' paths:
  // a site of 10,000 pages assembles its model after every save in the preview).
  std::unordered_set<std::string_view> page_paths;
  // The official documents (site.yaml documents: pdf), in the order they are printed.
  std::vector<routes::DocumentRoute> documents;

  const YearResult* result_for(int fiscal_year) const;
  const YearResult* latest_result() const;
  // The most recent fiscal year with measures, no-gift, OIT or report content (0 if none).
  int current_year() const;
  bool has_page(std::string_view path) const { return page_paths.count(path) > 0; }
  // The document that prints this page ("measures/2567"), or null.
  const routes::DocumentRoute* document_for(const std::string& page_path) const;
};

std::string measure_key(int fiscal_year, const std::string& id);

// Builds the model and runs every cross-check; problems go to sink.
std::unique_ptr<SiteModel> assemble(content::SiteContent content, diag::DiagnosticSink& sink);

}  // namespace itagen::model
