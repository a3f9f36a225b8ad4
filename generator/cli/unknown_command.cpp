// "itagen biuld": CLI11 alone would say "A subcommand is required", which does not tell a new
// user that the word was misspelt. This names the word and the command it is closest to.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "diag/diagnostic.h"
#include "i18n/translate.h"

namespace itagen::cli {

bool report_unknown_command(CLI::App& app, int argc, char** argv) {
  CLI::App* current = &app;
  std::string typed;  // the commands so far, "new "
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    if (word.empty() || word[0] == '-') return false;  // options are CLI11's to check
    auto named = current->get_subcommands([&word](CLI::App* sub) { return sub->get_name() == word; });
    if (!named.empty()) {
      current = named.front();
      typed += word + " ";
      continue;
    }
    // A word where a command must come: anywhere else it is an argument (new oit O5).
    if (current->get_require_subcommand_min() == 0) return false;
    std::vector<std::string> names;
    for (auto* sub : current->get_subcommands([](CLI::App*) { return true; })) names.push_back(sub->get_name());
    std::cerr << "error: " << i18n::tr("unknown command '{0}'", typed + word) << "\n";
    const std::string close = diag::closest_match(word, names);
    if (!close.empty()) {
      std::cerr << "  hint: " << i18n::tr("did you mean '{0}'?", typed + close) << "\n";
    } else {
      std::string list;
      for (const auto& name : names) list += (list.empty() ? "" : ", ") + typed + name;
      std::cerr << "  hint: " << i18n::tr("the commands are {0}; itagen --help describes them", list) << "\n";
    }
    return true;
  }
  return false;
}

}  // namespace itagen::cli
