// A fiscal year's readiness for the assessors: the state of each OIT item of the year's list
// and the year's other gaps. `itagen status`, `check` and the preview's /_status/ page show it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/site_model.h"
#include "thai/dates.h"

namespace itagen::model {

enum class ItemState { kPublished, kStatement, kMissing, kStale, kBroken };

// "published", "statement", "missing", "stale", "broken": the words of the contract.
const char* state_key(ItemState state);
bool ready(ItemState state);  // published or statement

// Why an item is not ready, for the presenters to put in words.
struct Problem {
  enum class Kind { kNoFile, kNoEvidence, kStale, kMissingFile, kMissingPage };
  Kind kind = Kind::kNoFile;
  std::string detail;  // the date (BE, YYYY-MM-DD), file or page concerned
};
const char* problem_key(Problem::Kind kind);  // "no_file", "no_evidence", "stale", "missing_file", "missing_page"

struct ItemReadiness {
  const ita::OitItem* item = nullptr;
  const content::OitItemFile* file = nullptr;  // nullptr when no file claims the item
  const ita::SubIndicatorDef* sub_indicator = nullptr;
  ItemState state = ItemState::kMissing;
  std::vector<Problem> problems;  // what keeps it from being ready
  std::string responsible;            // the file's responsible group, "" when none
};

// The year's other gaps.
struct Gap {
  enum class Kind { kWeakIndicator, kReportDue, kReportEmpty, kNoGiftMissing, kNoGiftUnannounced, kNoCommitteeOrder };
  Kind kind = Kind::kWeakIndicator;
  std::string path;        // the file to edit
  int indicator = 0;       // kWeakIndicator: the indicator, its title and score, and the year
  std::string title;
  std::string score;
  int results_year = 0;
  std::string round;       // kReportDue, kReportEmpty: the round and when it was due
  thai::Date due;
};
const char* gap_key(Gap::Kind kind);  // "weak_indicator", "report_due", ...

struct Readiness {
  int fiscal_year = 0;
  std::optional<thai::Date> deadline;
  std::vector<ItemReadiness> items;  // in the order of the year's list; not-applicable items left out
  std::vector<Gap> gaps;
  int count(ItemState state) const;
  int not_ready() const;  // items not published nor stated
};

// The latest fiscal year that has OIT items, measures, No Gift Policy, reports or a committee
// (0 when none): the year `status` shows by default.
int latest_content_year(const SiteModel& model);

// today decides which report rounds are due.
Readiness readiness_for(const SiteModel& model, int fiscal_year, const thai::Date& today);

}  // namespace itagen::model
