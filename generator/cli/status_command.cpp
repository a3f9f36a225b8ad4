// `itagen status`: the year's readiness for the officer and the people responsible for items,
// as text for people (in the command line's language, grouped by responsible group, aligned
// within 80 columns), CSV or JSON (the same in every language).
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "cli/report.h"
#include "cli/status_words.h"
#include "cli/text_width.h"
#include "model/readiness.h"
#include "pipeline/pipeline.h"
#include "thai/clock.h"
#include "views/readiness_views.h"
#include "i18n/language.h"
#include "i18n/translate.h"

namespace itagen::cli {
namespace {

// The text report, in the language of the command line. Numbers are written with the site's
// digits in Thai, as its pages are, and with Arabic digits in English.
void print_text(std::ostream& out, const model::Readiness& r, const content::SiteConfig& site, const thai::Date& today) {
  const bool thai = i18n::current_language() == i18n::Language::kThai;
  auto local = [&](const std::string& s) { return thai ? thai::localize_digits(s, site.numerals) : s; };
  out << local(i18n::tr("OIT disclosure readiness, fiscal year {0}  {1}", r.fiscal_year, site.short_name)) << "\n";
  if (r.deadline) {
    long days = views::days_until(today, *r.deadline);
    std::string when = thai ? thai::thai_short_date(*r.deadline, thai::Numerals::kArabic) : thai::be_date(*r.deadline);
    out << local(days >= 0 ? i18n::trn("deadline {0}: {1} day left", "deadline {0}: {1} days left",
                                       static_cast<unsigned long>(days), when, days)
                           : i18n::trn("deadline {0}: {1} day overdue", "deadline {0}: {1} days overdue",
                                       static_cast<unsigned long>(-days), when, -days))
        << "\n";
  } else {
    out << i18n::tr("no deadline set (oit_deadline: in content/site.yaml)") << "\n";
  }
  std::string counts;
  for (auto s : {model::ItemState::kPublished, model::ItemState::kStatement, model::ItemState::kMissing,
                 model::ItemState::kStale, model::ItemState::kBroken}) {
    counts += (counts.empty() ? "" : " · ") + state_count(s, r.count(s));
  }
  out << local(counts + "  " + i18n::trn("({0} item in all)", "({0} items in all)", r.items.size(), r.items.size()))
      << "\n";

  // Groups in the order of the year's list; within a group, items not ready first.
  auto group_of = [](const model::ItemReadiness& item) {
    return item.responsible.empty() ? no_group_words() : item.responsible;
  };
  std::vector<std::string> order;
  for (const auto& item : r.items) {
    std::string g = group_of(item);
    if (std::find(order.begin(), order.end(), g) == order.end()) order.push_back(g);
  }
  constexpr std::size_t kTitleWidth = 50;
  for (const auto& g : order) {
    int ready = 0, total = 0;
    for (const auto& item : r.items) {
      if (group_of(item) != g) continue;
      ++total;
      ready += model::ready(item.state);
    }
    // TRANSLATORS: {0} the responsible group, {1} its items ready, {2} all its items.
    out << "\n" << local(i18n::tr("{0}  ({1} of {2} ready)", g, ready, total)) << "\n";
    for (bool want_ready : {false, true}) {
      for (const auto& item : r.items) {
        if (group_of(item) != g) continue;
        if (model::ready(item.state) != want_ready) continue;
        out << "  " << pad(item.item->code, 5) << pad(fit(local(item.item->title), kTitleWidth), kTitleWidth + 1)
            << state_word(item.state) << "\n";
        for (const auto& p : item.problems) {
          // A missing file is what the state says already; the command to create it follows.
          if (p.kind != model::Problem::Kind::kNoFile) out << "       " << local(problem_words(p, r.fiscal_year)) << "\n";
        }
        if (!item.file) {
          out << "       itagen new oit " << item.item->code << " --year " << r.fiscal_year << "\n";
        } else if (!model::ready(item.state)) {
          out << "       " << item.file->where.path << "\n";
        }
      }
    }
  }
  if (!r.gaps.empty()) {
    out << "\n" << i18n::tr("Still to do for the year") << "\n";
    for (const auto& gap : r.gaps) {
      out << "  - " << local(gap_words(gap)) << "\n    " << gap.path << "\n";
    }
  }
}

}  // namespace

CLI::App* add_status_command(CLI::App& app, StatusOptions& options) {
  auto* cmd = app.add_subcommand("status", i18n::tr("what is still missing, stale or broken before the OIT deadline"));
  cmd->add_option("--source,-s", options.common.source, i18n::tr("site folder (holds content/)"))
      ->capture_default_str();
  cmd->add_option("--year", options.year, i18n::tr("fiscal year (BE), default the latest with content"));
  cmd->add_option("--format", options.format, i18n::tr("text, csv or json"))
      ->check(CLI::IsMember({"text", "csv", "json"}))
      ->capture_default_str();
  cmd->add_flag("--strict", options.strict, i18n::tr("exit with status 1 when anything is not ready"));
  cmd->add_option("--today", options.today, i18n::tr("the date to use as today, YYYY-MM-DD"))->group("");
  return cmd;
}

int run_status(const StatusOptions& options) {
  thai::Date today = thai::SystemClock().today();
  if (!options.today.empty()) {
    std::string why;
    auto date = thai::parse_date(options.today, &why);
    if (!date) {
      std::cerr << "error: " << i18n::tr("--today {0}: {1}", options.today, why) << "\n";
      return 2;
    }
    today = *date;
  }
  fs::RealFileSystem files(options.common.source);
  diag::DiagnosticSink sink;
  pipeline::Options pipeline_options;
  pipeline_options.render = false;
  pipeline::Build build = pipeline::run(files, nullptr, pipeline_options, sink);
  if (!build.model) {
    print_diagnostics(std::cerr, sink, files);
    std::cerr << i18n::tr("status failed: the content cannot be read") << "\n";
    return 1;
  }
  // Errors elsewhere do not stop the report: an officer wants to know what is missing either way.
  if (sink.error_count() > 0) {
    std::cerr << i18n::trn("note: `itagen check` reports {0} error in the content",
                           "note: `itagen check` reports {0} errors in the content", sink.error_count(), sink.error_count())
              << "\n";
  }
  const int year = options.year ? options.year : model::latest_content_year(*build.model);
  if (year == 0) {
    std::cerr << "error: " << i18n::tr("the site has no fiscal year with content yet") << "\n  hint: itagen new year "
              << thai::fiscal_year_of(today) << " --source " << options.common.source << "\n";
    return 1;
  }
  model::Readiness r = model::readiness_for(*build.model, year, today);
  if (options.format == "json") {
    std::cout << views::readiness_json(r, today).dump(2) << "\n";
  } else if (options.format == "csv") {
    std::cout << views::readiness_csv(r);
  } else {
    print_text(std::cout, r, build.model->content.site, today);
  }
  return options.strict && (r.not_ready() > 0 || !r.gaps.empty()) ? 1 : 0;
}

}  // namespace itagen::cli
