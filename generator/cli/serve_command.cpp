// `itagen serve`: builds the site into memory, serves it on 127.0.0.1 with live reload, and
// rebuilds on every change until Ctrl-C.
#include <CLI/CLI.hpp>
#include <pthread.h>
#include <signal.h>

#include <cmath>
#include <iostream>
#include <mutex>

#include "cli/commands.h"
#include "cli/report.h"
#include "server/preview.h"
#include "thai/clock.h"
#include "i18n/translate.h"

namespace itagen::cli {
namespace {

std::string changed_names(const std::vector<std::string>& changed) {
  constexpr std::size_t kShown = 3;
  std::string out;
  for (std::size_t i = 0; i < changed.size() && i < kShown; ++i) out += (i ? ", " : "") + changed[i];
  if (changed.size() > kShown) out += i18n::tr(" and {0} more", std::to_string(changed.size() - kShown));
  return out.empty() ? i18n::tr("(dropped events)") : out;
}

long rounded(double ms) { return std::lround(ms); }

void print_rebuild(const server::RebuildReport& r, bool verbose) {
  static std::mutex mutex;
  std::lock_guard lock(mutex);
  if (!r.ok) {
    std::cerr << r.messages
              << i18n::tr("rebuild failed after change to {0}; still serving the last good site",
                          changed_names(r.changed))
              << std::endl;
    return;
  }
  std::cout << i18n::trn("rebuilt after change to {0}: {1} of {2} page rendered in {3} ms",
                         "rebuilt after change to {0}: {1} of {2} pages rendered in {3} ms", r.pages,
                         changed_names(r.changed), r.rendered, r.pages, rounded(r.milliseconds))
            << std::endl;
  if (verbose) print_timings(std::cout, r.timings);
}

}  // namespace

CLI::App* add_serve_command(CLI::App& app, ServeOptions& options) {
  auto* cmd = app.add_subcommand("serve", i18n::tr("build the site into memory and serve it with live reload"));
  cmd->add_option("--source,-s", options.common.source, i18n::tr("site folder (holds content/)"))
      ->capture_default_str();
  cmd->add_option("--port,-p", options.port, i18n::tr("port to listen on; 0 picks a free one"))
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  cmd->add_option(
         "--bind", options.bind,
         i18n::tr("address to listen on; anything but a loopback address makes the site reachable from other machines"))
      ->capture_default_str();
  cmd->add_option("--base-url", options.common.base_url, i18n::tr("override base_url of content/site.yaml"));
  cmd->add_flag("--verbose,-v", options.common.verbose, i18n::tr("print the time of each build phase"));
  return cmd;
}

int run_serve(const ServeOptions& options) {
  // Block the stop signals before any thread starts, so they all inherit the mask and only
  // this thread receives them (with sigwait), not a random server thread.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  if (!server::is_loopback(options.bind)) {
    std::cerr << "warning: "
              << i18n::tr("listening on {0}: the site is reachable from other machines on the network", options.bind)
              << "\n";
  }
  server::PreviewOptions preview_options;
  preview_options.source = options.common.source;
  preview_options.bind = options.bind;
  preview_options.port = options.port;
  preview_options.build.base_url = options.common.base_url;
  preview_options.build.status_page_date = thai::SystemClock().today();  // serves /_status/
  server::Preview preview(preview_options);

  server::RebuildReport first;
  std::string error;
  bool verbose = options.common.verbose;
  bool started = false;
  try {
    started = preview.start([verbose](const server::RebuildReport& r) { print_rebuild(r, verbose); }, &first, &error);
  } catch (const std::exception& e) {
    std::cerr << "internal error: " << e.what() << "\n";
    return 1;
  }
  std::cerr << first.messages;
  if (!started) {
    std::cerr << "error: " << error << "\n";
    return 1;
  }
  if (first.ok) {
    std::cout << i18n::trn("built {0} page in memory in {1} ms", "built {0} pages in memory in {1} ms", first.pages,
                           first.pages, rounded(first.milliseconds))
              << "\n";
  } else {
    std::cerr << i18n::tr("build failed; serving an error page until the content is fixed") << "\n";
  }
  if (!preview.watch_error().empty()) {
    std::cerr << "warning: " << i18n::tr("{0}; changes will not be picked up", preview.watch_error()) << "\n";
  }
  std::string also = preview.base_path() == "/" ? "" : i18n::tr(" (also at /)");
  std::cout << i18n::tr("serving {0}{1} — Ctrl-C to stop", preview.url(), also) << std::endl;

  int signal_number = 0;
  sigwait(&stop_signals, &signal_number);
  preview.stop();
  std::cout << i18n::tr("stopped") << std::endl;
  return 0;
}

}  // namespace itagen::cli
