// Options shared by the subcommands.
#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace itagen::cli {

struct CommonOptions {
  std::string source = ".";
  std::string output;  // empty: public/ inside the site folder, as Hugo does
  std::string base_url;
  bool verbose = false;
  bool strict = false;  // check --strict
};

// options.cpp. --output as typed, or public/ inside the site folder.
std::string output_folder_of(const CommonOptions& opts);
// Each returns 0, or prints an error with a hint and returns 2 (a command-line mistake):
// --source is missing, not a folder, or holds no content/;
int check_site_folder(const std::string& source);
// --base-url is not an http(s) address or a path from the root (content/web_address.h);
int check_base_url_option(const std::string& base_url);
// both.
int check_common(const CommonOptions& opts);

}  // namespace itagen::cli

namespace itagen::cli {

// unknown_command.cpp: when argv names a command the app does not have (itagen biuld, itagen
// new oti), prints the error with a "did you mean" hint and returns true.
bool report_unknown_command(CLI::App& app, int argc, char** argv);

// Chooses the language of the messages: `--lang th|en` (taken out of args, wherever it is),
// else the locale's. Returns 0, or prints an error and returns 2 for a language it does not know.
int choose_language(std::vector<char*>& args);

// CLI11's message for a command line it cannot parse, translated when it is one it knows.
std::string parse_error_message(const std::string& what);

// Lists every subcommand of app, at any depth, under a translated "Subcommands" title.
void translate_subcommand_groups(CLI::App& app);

// `itagen serve` (serve_command.cpp): registers the subcommand; run_serve() runs when it was
// given on the command line.
struct ServeOptions {
  CommonOptions common;
  int port = 1313;
  std::string bind = "127.0.0.1";
};
CLI::App* add_serve_command(CLI::App& app, ServeOptions& options);
int run_serve(const ServeOptions& options);

// `itagen new ...` and `itagen init DIR` (scaffold_command.cpp). run_scaffold returns -1 when
// none of its subcommands was given.
struct ScaffoldCommands;
ScaffoldCommands* add_scaffold_commands(CLI::App& app);
// program: argv[0], so that what init suggests runs the same program.
int run_scaffold(ScaffoldCommands* commands, const std::string& program);

// `itagen status` (status_command.cpp): the year's readiness before the assessors' deadline.
struct StatusOptions {
  CommonOptions common;
  int year = 0;                 // 0: the latest fiscal year with content
  std::string format = "text";  // text | csv | json
  bool strict = false;          // exit 1 when anything is not ready
  std::string today;            // YYYY-MM-DD, for tests; default the system date
};
CLI::App* add_status_command(CLI::App& app, StatusOptions& options);
int run_status(const StatusOptions& options);

}  // namespace itagen::cli
