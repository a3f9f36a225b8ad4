// Options shared by the subcommands.
#pragma once

#include <string>

namespace CLI {
class App;
}

namespace itagen::cli {

struct CommonOptions {
  std::string source = ".";
  std::string output = "public";
  std::string base_url;
  bool verbose = false;
  bool strict = false;  // check --strict
};

}  // namespace itagen::cli

namespace itagen::cli {

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
int run_scaffold(ScaffoldCommands* commands);

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
