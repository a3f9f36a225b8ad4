// Options shared by the subcommands.
#pragma once

#include <string>

namespace itagen::cli {

struct CommonOptions {
  std::string source = ".";
  std::string output = "public";
  std::string base_url;
  bool verbose = false;
};

}  // namespace itagen::cli
