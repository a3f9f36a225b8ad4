// `itagen init DIR` and `itagen new oit|measure|report|page|year|criteria`: parse the arguments, plan,
// apply, and say what happened to each file.
#include <CLI/CLI.hpp>

#include <cctype>
#include <filesystem>
#include <functional>
#include <string_view>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "fs/file_system.h"
#include "scaffold/apply.h"
#include "thai/clock.h"
#include "scaffold/scaffold.h"
#include "i18n/translate.h"

namespace itagen::cli {

struct ScaffoldCommands {
  CLI::App* init = nullptr;
  CLI::App* oit = nullptr;
  CLI::App* measure = nullptr;
  CLI::App* report = nullptr;
  CLI::App* page = nullptr;
  CLI::App* year = nullptr;
  CLI::App* criteria = nullptr;
  std::string from;    // new criteria --from
  std::string dir;     // init
  std::string source = ".";
  std::string today;   // hidden: YYYY-MM-DD, so tests are deterministic
  std::string fiscal_year;
  std::string name;    // the item code, measure id, round, page path or new year
  std::string title;
  std::string program = "itagen";  // as the user typed it, for the commands init suggests
};

namespace {

void add_source_and_today(CLI::App* cmd, ScaffoldCommands& c, bool with_year) {
  cmd->add_option("--source,-s", c.source, i18n::tr("site folder (holds content/)"))->capture_default_str();
  if (with_year) cmd->add_option("--year", c.fiscal_year, i18n::tr("fiscal year (BE), default the latest with content"));
  cmd->add_option("--today", c.today, i18n::tr("the date to use as today, YYYY-MM-DD"))->group("");
}

void print_failure(const scaffold::Failure& f) {
  std::cerr << "error: " << f.message << "\n";
  if (!f.hint.empty()) std::cerr << "  hint: " << f.hint << "\n";
}

// A word the shell passes through unchanged, or quoted so that it does ("my site" -> 'my site').
std::string shell_word(const std::string& word) {
  bool plain = !word.empty();
  for (unsigned char c : word) {
    plain = plain && (std::isalnum(c) || c >= 0x80 || std::string_view("_-./+:@%,=").find(static_cast<char>(c)) !=
                                                           std::string_view::npos);
  }
  if (plain) return word;
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// The site folder as a path from the current folder, which is where the user types next.
std::string from_here(const std::string& dir) {
  namespace stdfs = std::filesystem;
  std::error_code ec;
  stdfs::path rel = stdfs::relative(stdfs::weakly_canonical(dir, ec), stdfs::current_path(ec), ec);
  if (ec || rel.empty()) return stdfs::path(dir).lexically_normal().string();
  return rel.string();
}

// What to do after init, as commands that work from the current folder: the program as it
// was typed (build/itagen when it is not installed), the site by its path from here.
std::string init_next_steps(const ScaffoldCommands& c, const std::string& fiscal_year) {
  const std::string site = from_here(c.dir);
  const std::string program = c.program.find('/') == std::string::npos ? "itagen" : shell_word(c.program);
  const std::string source = site == "." ? "" : " --source " + shell_word(site);
  const std::string settings = site == "." ? "content/site.yaml" : shell_word(site + "/content/site.yaml");
  // One message a line, the commands outside them: they are typed as they are in any language.
  std::string out = i18n::tr("new site in {0} (fiscal year {1}); next:", site, fiscal_year) + "\n";
  out += "  1. " + i18n::tr("edit {0}: the office's names, base_url and contact", settings) + "\n";
  out += "  2. " + program + " new year " + fiscal_year + source + "   (" +
         i18n::tr("OIT items, measures, reports, no-gift policy, committee") + ")\n";
  out += "  3. " + program + " check" + source + "   (" +
         i18n::tr("warnings about items not yet filled in are expected") + ")\n";
  return out;
}

int run_plan(const scaffold::Plan& plan, const std::string& root,
             const std::function<std::string()>& done_hint = [] { return std::string(); }) {
  if (plan.failure) {
    print_failure(*plan.failure);
    if (!plan.snippet.empty()) std::cout << plan.snippet;
    return 1;
  }
  scaffold::Applied applied = scaffold::apply_plan(plan, root);
  for (const auto& e : applied.events) {
    switch (e.kind) {
      case scaffold::Event::Kind::kCreatedDir:
      case scaffold::Event::Kind::kCreatedFile:
        std::cout << i18n::tr("created {0}", e.path) << "\n";
        break;
      case scaffold::Event::Kind::kUpdated:
        std::cout << i18n::tr("updated {0}: {1}", e.path, e.why) << "\n";
        break;
      case scaffold::Event::Kind::kKept:
        std::cout << (e.why.empty() ? i18n::tr("exists, left unchanged: {0}", e.path)
                                   : i18n::tr("exists, left unchanged: {0} ({1})", e.path, e.why))
                  << "\n";
        break;
    }
  }
  if (applied.failure) {
    print_failure(*applied.failure);
    return 1;
  }
  if (applied.created() == 0) {
    std::cout << i18n::tr("nothing to do: everything already exists") << "\n";
    return 0;
  }
  for (const auto& note : plan.notes) std::cout << i18n::tr("note: {0}", note) << "\n";
  std::cout << done_hint();
  return 0;
}

}  // namespace

ScaffoldCommands* add_scaffold_commands(CLI::App& app) {
  // One set per process, like the App it belongs to; reset so a second run() starts clean.
  static ScaffoldCommands commands;
  commands = ScaffoldCommands{};
  auto& c = commands;
  c.init = app.add_subcommand("init", i18n::tr("create a new site in DIR that builds at once"));
  c.init->add_option("dir", c.dir, i18n::tr("folder of the new site (created if missing)"))->required();
  c.init->add_option("--today", c.today, i18n::tr("the date to use as today, YYYY-MM-DD"))->group("");

  auto* make =
      app.add_subcommand("new", i18n::tr("create content files from templates; existing files are never changed"));
  make->require_subcommand(1);
  c.oit = make->add_subcommand("oit", i18n::tr("an OIT evidence file, content/oit/<fy>/O05.md"));
  c.oit->add_option("item", c.name, i18n::tr("item code, such as O5"))->required();
  add_source_and_today(c.oit, c, true);
  c.measure = make->add_subcommand("measure", i18n::tr("content/measures/<fy>.yaml holding a new measure"));
  c.measure->add_option("id", c.name, i18n::tr("measure id: a-z, 0-9 and -"))->required();
  add_source_and_today(c.measure, c, true);
  c.report = make->add_subcommand("report", i18n::tr("a monitoring report, content/reports/<fy>/<round>.yaml"));
  c.report->add_option("round", c.name, i18n::tr("6m, 12m, q1, q2, q3 or q4"))->required();
  add_source_and_today(c.report, c, true);
  c.page = make->add_subcommand("page", i18n::tr("a free page, content/pages/<path>.md"));
  c.page->add_option("path", c.name, i18n::tr("page path such as about/contact"))->required();
  c.page->add_option("--title", c.title, i18n::tr("the page's title (default: the last part of the path)"));
  add_source_and_today(c.page, c, false);
  c.year = make->add_subcommand("year", i18n::tr("everything a new fiscal year needs"));
  c.year->add_option("year", c.name, i18n::tr("the new fiscal year (BE), such as 2568"))->required();
  add_source_and_today(c.year, c, false);
  c.criteria =
      make->add_subcommand("criteria", i18n::tr("a year's whole ITA framework to edit, content/criteria/<fy>.yaml"));
  c.criteria->add_option("year", c.name, i18n::tr("the fiscal year (BE) of the criteria, such as 2569"))->required();
  c.criteria->add_option("--from", c.from,
                         i18n::tr("the year whose criteria to start from (default: those the year uses now)"));
  add_source_and_today(c.criteria, c, false);
  return &commands;
}

int run_scaffold(ScaffoldCommands* c, const std::string& program) {
  if (!c) return -1;
  c->program = program;
  const bool any = c->init->parsed() || c->oit->parsed() || c->measure->parsed() || c->report->parsed() ||
                   c->page->parsed() || c->year->parsed() || c->criteria->parsed();
  if (!any) return -1;

  std::unique_ptr<thai::Clock> clock = std::make_unique<thai::SystemClock>();
  if (!c->today.empty()) {
    std::string why;
    auto date = thai::parse_date(c->today, &why);
    if (!date) {
      std::cerr << "error: " << i18n::tr("--today {0}: {1}", c->today, why) << "\n";
      return 2;
    }
    clock = std::make_unique<thai::FixedClock>(*date);
  }
  const std::string root = c->init->parsed() ? c->dir : c->source;
  if (!c->init->parsed()) {
    if (int status = check_site_folder(root)) return status;
  }
  fs::RealFileSystem site(root);
  scaffold::Context ctx{site, clock->today()};
  try {
    if (c->init->parsed()) {
      const std::string fy = std::to_string(thai::fiscal_year_of(ctx.today));
      scaffold::Plan plan = scaffold::plan_init(ctx);
      // The folder exists once the plan is applied; its path from here is computed then.
      return run_plan(plan, root, [&] { return init_next_steps(*c, fy); });
    }
    if (c->oit->parsed()) return run_plan(scaffold::plan_new_oit(ctx, c->name, c->fiscal_year), root);
    if (c->measure->parsed()) return run_plan(scaffold::plan_new_measure(ctx, c->name, c->fiscal_year), root);
    if (c->report->parsed()) return run_plan(scaffold::plan_new_report(ctx, c->name, c->fiscal_year), root);
    if (c->page->parsed()) return run_plan(scaffold::plan_new_page(ctx, c->name, c->title), root);
    if (c->criteria->parsed()) return run_plan(scaffold::plan_new_criteria(ctx, c->name, c->from), root);
    return run_plan(scaffold::plan_new_year(ctx, c->name), root);
  } catch (const std::exception& e) {
    std::cerr << "internal error: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace itagen::cli
