// A fiscal year's readiness (readiness.h).
#include "model/readiness.h"

#include <algorithm>
#include <set>

#include "content/rounds.h"
#include "model/evidence_targets.h"

namespace itagen::model {
namespace {

ItemReadiness assess(const SiteModel& model, const OitYear& oy, const OitGroup& group, const OitItemStatus& s) {
  ItemReadiness r;
  r.item = s.item;
  r.file = s.file;
  r.sub_indicator = group.sub_indicator;
  const content::OitItemFile* file = s.file;
  if (!file) {
    r.state = ItemState::kMissing;
    r.problems.push_back({Problem::Kind::kNoFile, {}});
    return r;
  }
  r.responsible = file->responsible;
  for (const auto& e : file->evidence) {
    if (missing_target(model, e).empty()) continue;
    r.problems.push_back(e.file.empty() ? Problem{Problem::Kind::kMissingPage, e.page}
                                        : Problem{Problem::Kind::kMissingFile, e.file});
  }
  if (!r.problems.empty()) {
    r.state = ItemState::kBroken;
    return r;
  }
  if (!s.present) {
    r.state = ItemState::kMissing;
    r.problems.push_back({Problem::Kind::kNoEvidence, {}});
    return r;
  }
  // Assessors accept only information of the assessed year.
  if (file->updated < thai::fiscal_year_start(oy.fiscal_year) || file->updated > thai::fiscal_year_end(oy.fiscal_year)) {
    r.state = ItemState::kStale;
    r.problems.push_back({Problem::Kind::kStale, thai::be_date(file->updated)});
    return r;
  }
  r.state = s.statement ? ItemState::kStatement : ItemState::kPublished;
  return r;
}

std::string measures_path(int year) { return "content/measures/" + std::to_string(year) + ".yaml"; }

// Indicators below the target in the results the year's measures answer, without a measure.
void weak_indicator_gaps(const SiteModel& model, int year, std::vector<Gap>& gaps) {
  auto it = model.content.measures.find(year);
  const int based_on = it != model.content.measures.end() ? it->second.based_on : year - 1;
  const YearResult* basis = model.result_for(based_on);
  if (!basis || basis->weaknesses.empty()) return;
  std::set<int> answered;
  if (it != model.content.measures.end()) {
    for (const auto& m : it->second.measures) answered.insert(m.indicators.begin(), m.indicators.end());
  }
  for (int weak : basis->weaknesses) {
    if (answered.count(weak)) continue;
    const auto* info = basis->framework->find_indicator(weak);
    Gap gap;
    gap.kind = Gap::Kind::kWeakIndicator;
    gap.path = measures_path(year);
    gap.indicator = weak;
    gap.title = info ? info->title : std::string();
    gap.score = basis->scores.indicators.at(weak).to_string();
    gap.results_year = based_on;
    gaps.push_back(std::move(gap));
  }
}

// The last day of the month that is `months` into the fiscal year (6 -> end of March).
thai::Date due_date(int fiscal_year, int months) {
  thai::Date start = thai::fiscal_year_start(fiscal_year);
  int month = start.month + months - 1;
  int year = start.year + (month - 1) / 12;
  month = (month - 1) % 12 + 1;
  return {year, month, thai::days_in_month(year, month)};
}

void report_gaps(const SiteModel& model, int year, const thai::Date& today, std::vector<Gap>& gaps) {
  auto it = model.content.measures.find(year);
  if (it == model.content.measures.end()) return;
  std::set<std::string> rounds;
  for (const auto& m : it->second.measures) rounds.insert(m.monitoring.rounds.begin(), m.monitoring.rounds.end());
  const auto reports = model.content.reports.find(year);
  for (const auto& round : content::round_codes()) {
    if (!rounds.count(round)) continue;
    thai::Date due = due_date(year, content::round_month(round).value_or(12));
    if (today <= due) continue;
    const content::ReportRecord* report = nullptr;
    if (reports != model.content.reports.end()) {
      for (const auto& r : reports->second) {
        if (r.round == round) report = &r;
      }
    }
    if (report && !report->measures.empty()) continue;
    Gap gap;
    gap.kind = report ? Gap::Kind::kReportEmpty : Gap::Kind::kReportDue;
    gap.path = "content/reports/" + std::to_string(year) + "/" + round + ".yaml";
    gap.round = round;
    gap.due = due;
    gaps.push_back(std::move(gap));
  }
}

void policy_gaps(const SiteModel& model, int year, std::vector<Gap>& gaps) {
  const std::string no_gift_path = "content/no-gift/" + std::to_string(year) + ".yaml";
  auto ng = model.content.no_gift.find(year);
  if (ng == model.content.no_gift.end()) {
    gaps.push_back({Gap::Kind::kNoGiftMissing, no_gift_path});
  } else if (!ng->second.announcement.date) {
    gaps.push_back({Gap::Kind::kNoGiftUnannounced, no_gift_path});
  }
  auto m = model.content.measures.find(year);
  if (m != model.content.measures.end() && m->second.approved && m->second.committee_order.empty()) {
    gaps.push_back({Gap::Kind::kNoCommitteeOrder, measures_path(year)});
  }
}

}  // namespace

const char* state_key(ItemState state) {
  switch (state) {
    case ItemState::kPublished: return "published";
    case ItemState::kStatement: return "statement";
    case ItemState::kMissing: return "missing";
    case ItemState::kStale: return "stale";
    case ItemState::kBroken: return "broken";
  }
  return "";
}

const char* problem_key(Problem::Kind kind) {
  switch (kind) {
    case Problem::Kind::kNoFile: return "no_file";
    case Problem::Kind::kNoEvidence: return "no_evidence";
    case Problem::Kind::kStale: return "stale";
    case Problem::Kind::kMissingFile: return "missing_file";
    case Problem::Kind::kMissingPage: return "missing_page";
  }
  return "";
}

const char* gap_key(Gap::Kind kind) {
  switch (kind) {
    case Gap::Kind::kWeakIndicator: return "weak_indicator";
    case Gap::Kind::kReportDue: return "report_due";
    case Gap::Kind::kReportEmpty: return "report_empty";
    case Gap::Kind::kNoGiftMissing: return "no_gift_missing";
    case Gap::Kind::kNoGiftUnannounced: return "no_gift_unannounced";
    case Gap::Kind::kNoCommitteeOrder: return "no_committee_order";
  }
  return "";
}

bool ready(ItemState state) { return state == ItemState::kPublished || state == ItemState::kStatement; }

int Readiness::count(ItemState state) const {
  return static_cast<int>(std::count_if(items.begin(), items.end(), [&](const auto& i) { return i.state == state; }));
}

int Readiness::not_ready() const {
  return static_cast<int>(std::count_if(items.begin(), items.end(), [](const auto& i) { return !ready(i.state); }));
}

int latest_content_year(const SiteModel& model) {
  int year = model.current_year();
  for (const auto& [y, _] : model.content.oit) year = std::max(year, y);
  return year;
}

Readiness readiness_for(const SiteModel& model, int fiscal_year, const thai::Date& today) {
  Readiness r;
  r.fiscal_year = fiscal_year;
  r.deadline = model.content.site.oit_deadline;
  if (auto it = model.oit.find(fiscal_year); it != model.oit.end()) {
    for (const auto& group : it->second.groups) {
      for (const auto& s : group.items) {
        if (!s.item->not_applicable) r.items.push_back(assess(model, it->second, group, s));
      }
    }
  } else if (const auto* fw = model.criteria.for_year(fiscal_year)) {
    // A year without any item file yet: every item of its list is missing.
    for (const auto& sub : fw->sub_indicators) {
      for (const auto& item : fw->items) {
        if (item.sub_indicator != sub.code || item.not_applicable) continue;
        ItemReadiness ir;
        ir.sub_indicator = &sub;
        ir.state = ItemState::kMissing;
        ir.problems.push_back({Problem::Kind::kNoFile, {}});
        ir.item = &item;
        r.items.push_back(std::move(ir));
      }
    }
  }
  weak_indicator_gaps(model, fiscal_year, r.gaps);
  report_gaps(model, fiscal_year, today, r.gaps);
  policy_gaps(model, fiscal_year, r.gaps);
  return r;
}

}  // namespace itagen::model
