// Options shared by the subcommands.
#pragma once

#include <string>

namespace CLI {
class App;
}

namespace itagen::cli {

struct CommonOptions {
  std::string source = ".";
  std::string output;  // empty: public/ inside the site folder, as Hugo does
  std::string base_url;
  bool verbose = false;
};

// --output as typed, or public/ inside the site folder (options.cpp).
std::string output_folder_of(const CommonOptions& opts);

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

}  // namespace itagen::cli
