// The text report's words (status_words.h). Their Thai in po/th.po is the page's wording, so that
// `status --lang th` reads as /_status/ does.
#include "cli/status_words.h"

#include "content/rounds.h"
#include "i18n/language.h"
#include "i18n/translate.h"
#include "thai/dates.h"

namespace itagen::cli {

std::string state_word(model::ItemState state) {
  switch (state) {
    // TRANSLATORS: the states of an OIT item in `itagen status`: its file lists evidence of the year.
    case model::ItemState::kPublished: return i18n::tr("published");
    // TRANSLATORS: the item's file has a statement (nothing to publish this year) instead of evidence.
    case model::ItemState::kStatement: return i18n::tr("statement");
    case model::ItemState::kMissing: return i18n::tr("missing");
    // TRANSLATORS: the item's file was last updated outside the fiscal year.
    case model::ItemState::kStale: return i18n::tr("stale");
    // TRANSLATORS: a file or page the item's evidence names is not there.
    case model::ItemState::kBroken: return i18n::tr("broken");
  }
  return {};
}

std::string state_count(model::ItemState state, int count) {
  switch (state) {
    case model::ItemState::kPublished: return i18n::tr("published {0}", count);
    case model::ItemState::kStatement: return i18n::tr("statement {0}", count);
    case model::ItemState::kMissing: return i18n::tr("missing {0}", count);
    case model::ItemState::kStale: return i18n::tr("stale {0}", count);
    case model::ItemState::kBroken: return i18n::tr("broken {0}", count);
  }
  return {};
}

std::string problem_words(const model::Problem& p, int fiscal_year) {
  switch (p.kind) {
    case model::Problem::Kind::kNoFile: return i18n::tr("no file for this item yet");
    case model::Problem::Kind::kNoEvidence: return i18n::tr("no evidence and no statement yet");
    // TRANSLATORS: {0} is the item's updated: date (2567-09-02), {1} the fiscal year.
    case model::Problem::Kind::kStale: return i18n::tr("last updated {0}, outside fiscal year {1}", p.detail, fiscal_year);
    case model::Problem::Kind::kMissingFile: return i18n::tr("file {0} is not in content/static/", p.detail);
    case model::Problem::Kind::kMissingPage: return i18n::tr("the site has no page {0}", p.detail);
  }
  return {};
}

std::string gap_words(const model::Gap& g) {
  const bool thai = i18n::current_language() == i18n::Language::kThai;
  const std::string round = thai ? content::round_name(g.round) : content::round_name_en(g.round);
  switch (g.kind) {
    case model::Gap::Kind::kWeakIndicator:
      // TRANSLATORS: {0} the indicator's number, {1} its name, {2} its score, {3} the fiscal year of the results.
      return i18n::tr("indicator {0} {1} scored {2} in {3}, below the target, and no measure answers it", g.indicator,
                      g.title, g.score, g.results_year);
    case model::Gap::Kind::kReportDue:
      // TRANSLATORS: {0} the round (6-month round, quarter 1), {1} the date it was due.
      return i18n::tr("monitoring report, {0}: due {1}, not written yet", round, thai::be_date(g.due));
    case model::Gap::Kind::kReportEmpty:
      return i18n::tr("monitoring report, {0}: due {1}, but it reports on no measure yet", round, thai::be_date(g.due));
    case model::Gap::Kind::kNoGiftMissing: return i18n::tr("no No Gift Policy for this year yet");
    case model::Gap::Kind::kNoGiftUnannounced: return i18n::tr("the No Gift Policy has no announcement date");
    case model::Gap::Kind::kNoCommitteeOrder:
      return i18n::tr("the measures are approved but name no committee order (committee_order)");
  }
  return {};
}

std::string no_group_words() { return i18n::tr("no responsible group named"); }

}  // namespace itagen::cli
