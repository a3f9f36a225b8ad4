// Pass: published results to shown figures, cross-check warnings, history changes, and
// strengths/weaknesses against the office's target.
#include <algorithm>

#include "model/passes.h"
#include "ita/rating.h"
#include "model/published_scores.h"
#include "i18n/translate.h"

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

// A figure or the basis of a computed one as ita::compute_scores names it ("indicator 9",
// "items of 9.1", "IIT+EIT+OIT"), in the language of the messages.
std::string figure_name(const std::string& name) {
  for (const char* prefix : {"indicator ", "sub-indicator ", "items of ", "sub-indicators ", "indicators "}) {
    if (name.rfind(prefix, 0) != 0) continue;
    const std::string rest = name.substr(std::string_view(prefix).size());
    if (prefix == std::string_view("indicator ")) return i18n::tr("indicator {0}", rest);
    if (prefix == std::string_view("sub-indicator ")) return i18n::tr("sub-indicator {0}", rest);
    if (prefix == std::string_view("items of ")) return i18n::tr("items of {0}", rest);
    if (prefix == std::string_view("sub-indicators ")) return i18n::tr("sub-indicators {0}", rest);
    return i18n::tr("indicators {0}", rest);
  }
  if (name == "total") return i18n::tr("total");
  return name;
}

// Why ita::rate could not decide, in the language of the messages. The reason itself is kept in
// English: it is also the note on the year's results page, which does not follow the locale.
std::string undecided_reason(const std::string& because) {
  if (because == "no total was published or can be computed") {
    return i18n::tr("no total was published or can be computed");
  }
  if (because == "no level of the scale matches") return i18n::tr("no level of the scale matches");
  const std::string tail = " needs each tool's score, and not all were published";
  if (because.rfind("level ", 0) == 0 && because.ends_with(tail)) {
    return i18n::tr("level {0} needs each tool's score, and not all were published",
                    because.substr(6, because.size() - 6 - tail.size()));
  }
  return because;
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
    sink.error(
        key_at(i18n::tr("indicator '{0}'", std::to_string(n)), score.where),
        i18n::tr("unknown indicator '{0}'", std::to_string(n)),
        i18n::tr("indicators are numbered 1 to {0} in fiscal year {1}", std::to_string(fw.indicators.size()), year));
  }
  std::vector<std::string> subs, tools;
  for (const auto& s : fw.sub_indicators) subs.push_back(s.code);
  for (const auto& t : fw.tools) tools.push_back(t.code);
  for (const auto& [code, score] : record.sub_indicators) {
    if (fw.find_sub_indicator(code)) continue;
    std::string close = diag::closest_match(code, subs);
    sink.error(key_at(i18n::tr("sub-indicator '{0}'", code), score.where),
               i18n::tr("unknown sub-indicator '{0}'", code),
               close.empty() ? i18n::tr("the sub-indicators of fiscal year {0} are {1}", year, join(subs))
                             : i18n::tr("did you mean '{0}'?", close));
  }
  for (const auto& [code, score] : record.tools) {
    if (fw.find_tool(code)) continue;
    sink.error(key_at(i18n::tr("tool '{0}'", code), score.where), i18n::tr("unknown tool '{0}'", code),
               i18n::tr("the tools of fiscal year {0} are {1}", year, join(tools)));
  }
  for (const auto& item : record.items) {
    if (fw.find(item.code)) continue;
    sink.error(item.where, i18n::tr("unknown OIT item '{0}' for fiscal year {1}", item.code, year),
               fw.items.empty() ? i18n::tr("the criteria of fiscal year {0} list no items", year)
                                : i18n::tr("the items are {0} to {1}", fw.items.front().code, fw.items.back().code));
  }
}

// "AA from 95.00, A from 85.00, ..., F below 50.00" (with each tool's bar where a level has one).
std::string describe_levels(const ita::Rating& rating) {
  std::string out;
  for (const auto& l : rating.levels) {
    if (!out.empty()) out += ", ";
    out += l.min_each_tool ? i18n::tr("{0} from {1} with each tool {2}", l.name, l.min_total.to_string(),
                                      l.min_each_tool->to_string())
                           : i18n::tr("{0} from {1}", l.name, l.min_total.to_string());
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
    out += out.empty() ? i18n::tr(" with {0} at {1}", tool.code, own.to_string())
                       : i18n::tr(" and {0} at {1}", tool.code, own.to_string());
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
      sink.error(record.level->where, i18n::tr("unknown level '{0}'", record.level->value),
                 close.empty() ? i18n::tr("use one of: {0}", join(names)) : i18n::tr("did you mean '{0}'?", close));
    }
  }
  ita::RatingOutcome outcome = ita::rate(fw, r.total, r.scores.tool_scores);
  if (outcome.level) {
    r.level = outcome.level;
    if (published && published != outcome.level) {
      sink.error(
          record.level->where,
          i18n::tr(
              "published level '{0}' contradicts the rating of fiscal year {1}: the total {2}{3} gives level '{4}'",
              published->name, std::to_string(record.fiscal_year), r.total->to_string(),
              tools_below(fw, *published, r.scores.tool_scores), outcome.level->name),
          i18n::tr("levels: {0}; check the level and the scores against the official result",
                   describe_levels(fw.rating)));
    }
    return;
  }
  r.level_undecided = outcome.undecided_because;
  if (published) {
    r.level = published;
    r.level_as_published = true;
  } else if (!record.level) {
    sink.warning(record.where,
                 i18n::tr("the level of fiscal year {0} is unknown: {1}", std::to_string(record.fiscal_year),
                          undecided_reason(outcome.undecided_because)),
                 i18n::tr("write the level as it was published (level:), or publish each tool's score (tools:)"));
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
                   i18n::tr("published {0} {1} differs from {2} computed from {3}", figure_name(m.figure),
                            m.published.to_string(), m.computed.to_string(), figure_name(m.basis)),
                   i18n::tr("check the figure against the official result; the published figure is shown"));
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
