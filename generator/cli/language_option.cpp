// `--lang th|en` and the locale: which language the messages are in (i18n/language.h).
// --lang is taken out of the arguments before CLI11 sees them, so that it works after any
// command (`itagen check --lang th`) and chooses the language of CLI11's help as well.
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>

#include "cli/commands.h"
#include "i18n/language.h"
#include "i18n/translate.h"

namespace itagen::cli {
namespace {

std::optional<i18n::Language> named_language(const std::string& value) {
  if (value == "th") return i18n::Language::kThai;
  if (value == "en") return i18n::Language::kEnglish;
  return std::nullopt;
}

}  // namespace

int choose_language(std::vector<char*>& args) {
  std::optional<std::string> asked;
  for (std::size_t i = 1; i < args.size();) {
    const std::string word = args[i];
    if (word == "--") break;  // what follows is an argument, never an option
    if (word == "--lang" || word.rfind("--lang=", 0) == 0) {
      const bool joined = word != "--lang";
      if (!joined && i + 1 >= args.size()) {
        asked = "";
        args.erase(args.begin() + static_cast<long>(i));
        continue;
      }
      asked = joined ? word.substr(7) : std::string(args[i + 1]);
      args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i + (joined ? 1 : 2)));
      continue;
    }
    ++i;
  }
  i18n::Language language = i18n::language_from_environment([](const char* name) { return std::getenv(name); });
  if (asked) {
    auto named = named_language(*asked);
    if (!named) {
      // Said in the locale's language: the one asked for is not known.
      i18n::use_language(language);
      std::cerr << "error: " << i18n::tr("unknown language '{0}' for --lang", *asked) << "\n  hint: "
                << i18n::tr("write --lang th for Thai or --lang en for English") << "\n";
      return 2;
    }
    language = *named;
  }
  if (!i18n::use_language(language) && asked) {
    // --lang th, but the catalog is not where the program looks: say so, in English. A Thai
    // locale alone does not warn on every run: the program just speaks English there.
    std::cerr << "warning: the Thai messages (share/locale/th/LC_MESSAGES/itagen.mo) are not installed; "
                 "messages are in English\n";
  }
  return 0;
}

void translate_subcommand_groups(CLI::App& app) {
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    sub->group(i18n::tr("Subcommands"));
    translate_subcommand_groups(*sub);
  }
}

}  // namespace itagen::cli
