// Subcommands and their options. Exit status: 0 success, 1 content errors or a failed build,
// 2 a command-line mistake.
#include "cli/cli.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <thread>
#include <iostream>

#include "pipeline/pipeline.h"
#include "cli/commands.h"
#include "cli/readiness_warnings.h"
#include "thai/clock.h"
#include "cli/report.h"
#include "i18n/translate.h"

namespace itagen::cli {
namespace {

// Worker processes for the Markdown of a build (markdown/parallel_render.h). Threads of one
// process take turns in cmark-gfm's parser, which costs little on two cores, while forked
// workers cost page copies (measured on 2 cores, 10,000 pages: +0.4 s user+sys, no faster);
// from four cores the turns cost more than the copies. ITAGEN_MARKDOWN_WORKERS overrides it.
unsigned markdown_workers() {
  if (const char* forced = std::getenv("ITAGEN_MARKDOWN_WORKERS")) {
    int n = std::atoi(forced);
    if (n >= 1 && n <= 64) return static_cast<unsigned>(n);
  }
  unsigned cores = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
  return cores >= 4 ? cores : 1;
}

int build_command(const CommonOptions& opts, bool check_only) {
  auto start = std::chrono::steady_clock::now();
  fs::RealFileSystem files(opts.source);
  diag::DiagnosticSink sink;
  pipeline::Options options;
  options.base_url = opts.base_url;
  options.render = !check_only;
  options.markdown_workers = markdown_workers();
  options.release_page_sources = !check_only;

  std::unique_ptr<output::DirectorySink> out;
  const std::string output_folder = output_folder_of(opts);
  if (!check_only) {
    std::string error;
    out = output::DirectorySink::open(output_folder, opts.source, &error);
    if (!out) {
      std::cerr << "error: " << error << "\n  hint: " << i18n::tr("choose another --output folder") << "\n";
      return 1;
    }
  }
  pipeline::Build result;
  try {
    result = pipeline::run(files, out.get(), options, sink);
  } catch (const std::exception& e) {
    // Content problems are diagnostics; an exception here is a bug or a system failure.
    std::cerr << "internal error: " << e.what() << "\n";
    return 1;
  }
  if (check_only && result.model) {
    warn_unready_years(*result.model, thai::SystemClock().today(), sink);
    // --strict: a warning fails the check too (for a CI that guards a publication).
    if (opts.strict && sink.warning_count() > 0) result.ok = false;
  }
  print_diagnostics(std::cerr, sink, files);
  if (opts.verbose) print_timings(std::cerr, result.timings);
  if (!result.ok) {
    // A write that failed (disk full) is not a diagnostic of the content: say what it was.
    if (out && !out->first_error().empty()) std::cerr << "error: " << out->first_error() << "\n";
    std::cerr << (check_only ? (sink.error_count() == 0 ? i18n::tr("check failed: --strict makes warnings errors")
                                                        : i18n::tr("check failed"))
                             : i18n::tr("build failed; the previous output is unchanged"))
              << "\n";
    return 1;
  }
  if (check_only) {
    std::cout << i18n::trn("check passed: {0} warning", "check passed: {0} warnings", sink.warning_count(),
                           sink.warning_count())
              << "\n";
    return 0;
  }
  std::string error;
  if (!out->commit(&error)) {
    std::cerr << "error: " << error << "\n" << i18n::tr("build failed; the previous output is unchanged") << "\n";
    return 1;
  }
  auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::cout << i18n::tr("built {0} pages and {1} other files into {2} in {3} ms", result.pages,
                        result.files - result.pages, output_folder, static_cast<long>(ms + 0.5))
            << "\n";
  return 0;
}

void add_common(CLI::App* cmd, CommonOptions& opts, bool with_output) {
  cmd->add_option("--source,-s", opts.source, i18n::tr("site folder (holds content/)"))->capture_default_str();
  if (with_output) {
    cmd->add_option("--output,-o", opts.output,
                    i18n::tr("output folder, from the current folder (default: public/ in the site folder)"));
  }
  cmd->add_option("--base-url", opts.base_url, i18n::tr("override base_url of content/site.yaml"));
  cmd->add_flag("--verbose,-v", opts.verbose, i18n::tr("print the time of each build phase"));
}

// CLI11's own words in --help ("Usage", "OPTIONS", the "Options" group, the help flag).
void translate_help(CLI::App& app) {
  auto formatter = app.get_formatter();
  for (const char* word : {i18n::tr_noop("Usage"), i18n::tr_noop("OPTIONS"), i18n::tr_noop("SUBCOMMAND"),
                           i18n::tr_noop("SUBCOMMANDS"), i18n::tr_noop("REQUIRED"),
                           i18n::tr_noop("Positionals")}) {
    formatter->label(word, i18n::tr(word));
  }
  // Options declared from here on, here and in every subcommand, are listed under this title.
  app.option_defaults()->group(i18n::tr("Options"));
  app.set_help_flag("-h,--help", i18n::tr("print this help and exit"));
}

}  // namespace

int run(int argc, char** argv) {
  // The language is chosen before the first message is made: the help texts below are
  // translated as the commands are declared.
  std::vector<char*> args(argv, argv + argc);
  if (int status = choose_language(args)) return status;
  argc = static_cast<int>(args.size());
  argv = args.data();

  CLI::App app{i18n::tr("itagen: builds an office's ITA disclosure web site from content/ (YAML and Markdown)"),
               "itagen"};
  translate_help(app);
  app.set_version_flag("--version", std::string("itagen ") + ITAGEN_VERSION,
                       i18n::tr("print the version of itagen and exit"));
  app.require_subcommand(1);
  std::string lang_for_help;
  app.add_option("--lang", lang_for_help,
                 i18n::tr("language of the messages: th or en (default: the locale, from LANGUAGE, LC_ALL, "
                          "LC_MESSAGES or LANG)"))
      ->type_name("th|en");

  CommonOptions build_opts, check_opts;
  auto* build = app.add_subcommand(
      "build", i18n::tr("build the site into the output folder (default public/ in the site folder)"));
  add_common(build, build_opts, true);
  auto* check = app.add_subcommand("check", i18n::tr("check content and report problems without writing anything"));
  add_common(check, check_opts, false);
  check->add_flag("--strict", check_opts.strict, i18n::tr("fail on warnings too, such as missing OIT items"));
  ServeOptions serve_opts;
  auto* serve = add_serve_command(app, serve_opts);
  StatusOptions status_opts;
  auto* status = add_status_command(app, status_opts);
  auto* scaffold = add_scaffold_commands(app);

  translate_subcommand_groups(app);

  if (report_unknown_command(app, argc, argv)) return 2;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    // As CLI11's app.exit(e) says it, in the language of the messages.
    std::cerr << parse_error_message(e.what()) << "\n" << i18n::tr("Run with --help for more information.") << "\n";
    return 2;
  }
  if (build->parsed()) return check_common(build_opts) ? 2 : build_command(build_opts, false);
  if (check->parsed()) return check_common(check_opts) ? 2 : build_command(check_opts, true);
  if (serve->parsed()) return check_common(serve_opts.common) ? 2 : run_serve(serve_opts);
  if (status->parsed()) return check_common(status_opts.common) ? 2 : run_status(status_opts);
  if (int code = run_scaffold(scaffold, argc > 0 ? argv[0] : "itagen"); code >= 0) return code;
  return 2;
}

}  // namespace itagen::cli
