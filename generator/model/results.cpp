// Pass: published results to shown figures, cross-check warnings, history changes, and
// strengths/weaknesses against the office's target.
#include <algorithm>

#include "model/passes.h"
#include "ita/rating.h"
#include "model/published_scores.h"

namespace itagen::model {
namespace {

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

// Where a mismatch should point: the published figure's own line.
diag::SourceLocation location_of(const content::ScoresRecord& record, const std::string& figure) {
  if (figure == "total" && record.total) return record.total->where;
  if (auto it = record.tools.find(figure); it != record.tools.end()) return it->second.where;
  if (figure.rfind("indicator ", 0) == 0) {
    int n = std::atoi(figure.c_str() + 10);
    if (auto it = record.indicators.find(n); it != record.indicators.end()) return it->second.where;
  }
  if (figure.rfind("sub-indicator ", 0) == 0) {
    if (auto it = record.sub_indicators.find(figure.substr(14)); it != record.sub_indicators.end()) {
      return it->second.where;
    }
  }
  return record.where;
}


// The keys of a scores file must exist in the year's framework.
void check_score_keys(const content::ScoresRecord& record, const ita::Framework& fw, diag::DiagnosticSink& sink) {
  const std::string year = std::to_string(record.fiscal_year);
  auto key_at = [&](const std::string& shown, const diag::SourceLocation& fallback) {
    auto it = record.key_where.find(shown);
    return it == record.key_where.end() ? fallback : it->second;
  };
  for (const auto& [n, score] : record.indicators) {
    if (fw.find_indicator(n)) continue;
    sink.error(key_at("indicator '" + std::to_string(n) + "'", score.where), "unknown indicator '" + std::to_string(n) + "'",
               "indicators are numbered 1 to " + std::to_string(fw.indicators.size()) + " in fiscal year " + year);
  }
  std::vector<std::string> subs, tools;
  for (const auto& s : fw.sub_indicators) subs.push_back(s.code);
  for (const auto& t : fw.tools) tools.push_back(t.code);
  for (const auto& [code, score] : record.sub_indicators) {
    if (fw.find_sub_indicator(code)) continue;
    std::string close = diag::closest_match(code, subs);
    sink.error(key_at("sub-indicator '" + code + "'", score.where), "unknown sub-indicator '" + code + "'",
               close.empty() ? "the sub-indicators of fiscal year " + year + " are " + join(subs)
                             : "did you mean '" + close + "'?");
  }
  for (const auto& [code, score] : record.tools) {
    if (fw.find_tool(code)) continue;
    sink.error(key_at("tool '" + code + "'", score.where), "unknown tool '" + code + "'", "the tools of fiscal year " + year + " are " + join(tools));
  }
  for (const auto& item : record.items) {
    if (fw.find(item.code)) continue;
    sink.error(item.where, "unknown OIT item '" + item.code + "' for fiscal year " + year,
               fw.items.empty() ? "the criteria of fiscal year " + year + " list no items"
                                : "the items are " + fw.items.front().code + " to " + fw.items.back().code);
  }
}

// "AA from 95.00, A from 85.00, ..., F below 50.00" (with each tool's bar where a level has one).
std::string describe_levels(const ita::Rating& rating) {
  std::string out;
  for (const auto& l : rating.levels) {
    out += (out.empty() ? "" : ", ") + l.name + " from " + l.min_total.to_string();
    if (l.min_each_tool) out += " with each tool " + l.min_each_tool->to_string();
  }
  return out;
}

// ", with EIT at 94.97" when the published level's bar for each tool is what the tools miss.
std::string tools_below(const ita::Framework& fw, const ita::LevelDef& level,
                        const std::map<std::string, ita::Fraction>& tool_scores) {
  if (!level.min_each_tool) return {};
  std::string out;
  for (const auto& tool : fw.tools) {
    auto it = tool_scores.find(tool.code);
    if (it == tool_scores.end()) continue;
    ita::Score own = it->second.round();
    // Compared exactly: 94.995 rounds to 95.00 but still misses a bar of 95.
    if (it->second.numerator() * 100 >= level.min_each_tool->hundredths() * it->second.denominator()) continue;
    out += (out.empty() ? " with " : " and ") + tool.code + " at " + own.to_string();
  }
  return out;
}

// The level the year's rating gives, checked against the published one.
void rate_year(const content::ScoresRecord& record, const ita::Framework& fw, YearResult& r,
               diag::DiagnosticSink& sink) {
  const ita::LevelDef* published = nullptr;
  if (record.level) {
    published = fw.find_level(record.level->value);
    if (!published) {
      std::vector<std::string> names;
      for (const auto& l : fw.rating.levels) names.push_back(l.name);
      std::string close = diag::closest_match(record.level->value, names);
      sink.error(record.level->where, "unknown level '" + record.level->value + "'",
                 close.empty() ? "use one of: " + join(names) : "did you mean '" + close + "'?");
    }
  }
  ita::RatingOutcome outcome = ita::rate(fw, r.total, r.scores.tool_scores);
  if (outcome.level) {
    r.level = outcome.level;
    if (published && published != outcome.level) {
      sink.error(record.level->where,
                 "published level '" + published->name + "' contradicts the rating of fiscal year " +
                     std::to_string(record.fiscal_year) + ": the total " + r.total->to_string() +
                     tools_below(fw, *published, r.scores.tool_scores) + " gives level '" + outcome.level->name + "'",
                 "levels: " + describe_levels(fw.rating) + "; check the level and the scores against the official result");
    }
    return;
  }
  r.level_undecided = outcome.undecided_because;
  if (published) {
    r.level = published;
    r.level_as_published = true;
  } else if (!record.level) {
    sink.warning(record.where,
                 "the level of fiscal year " + std::to_string(record.fiscal_year) + " is unknown: " +
                     outcome.undecided_because,
                 "write the level as it was published (level:), or publish each tool's score (tools:)");
  }
}

}  // namespace

void compute_results(SiteModel& model, diag::DiagnosticSink& sink) {
  const Score target = model.content.site.target;
  for (const auto& [year, record] : model.content.scores) {
    YearResult r;
    r.fiscal_year = year;
    r.record = &record;
    r.framework = model.criteria.for_history(year);
    if (!r.framework) continue;  // the shipped criteria failed to load: already reported
    const ita::Framework& fw = *r.framework;
    check_score_keys(record, fw, sink);
    r.scores = ita::compute_scores(fw, published_scores(record, fw));
    for (const auto& m : r.scores.mismatches) {
      sink.warning(location_of(record, m.figure),
                   "published " + m.figure + " " + m.published.to_string() + " differs from " + m.computed.to_string() +
                       " computed from " + m.basis,
                   "check the figure against the official result; the published figure is shown");
    }
    r.total = r.scores.total;
    rate_year(record, fw, r, sink);
    for (const auto& [n, score] : r.scores.indicators) {
      (score >= target ? r.strengths : r.weaknesses).push_back(n);
    }
    model.results.push_back(std::move(r));
  }
  // Changes from year to year, skipping years without a total.
  const YearResult* previous = nullptr;
  for (auto& r : model.results) {
    if (!r.total) continue;
    if (previous) {
      r.previous_year = previous->fiscal_year;
      r.change = *r.total - *previous->total;
      r.direction = r.change->hundredths() > 0 ? Direction::kUp
                    : r.change->hundredths() < 0 ? Direction::kDown
                                                 : Direction::kSame;
    }
    previous = &r;
  }
}

}  // namespace itagen::model
