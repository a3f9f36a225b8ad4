// CLI11's messages for a command line it cannot parse ("item is required"), in the language of
// the messages. CLI11 makes them in English inside the library; the common ones are matched here
// and said again through tr(), whose English is CLI11's own wording, so English is unchanged.
#include <regex>
#include <string>

#include "cli/commands.h"
#include "i18n/translate.h"

namespace itagen::cli {

std::string parse_error_message(const std::string& what) {
  struct Known {
    std::regex pattern;
    const char* message;  // the translation of the same words, {0}... for the pattern's groups
  };
  static const Known kKnown[] = {
      {std::regex("A subcommand is required"), i18n::tr_noop("A subcommand is required")},
      {std::regex("(.+) is required"), i18n::tr_noop("{0} is required")},
      {std::regex("The following argument was not expected: (.+)"),
       i18n::tr_noop("The following argument was not expected: {0}")},
      {std::regex("The following arguments were not expected: (.+)"),
       i18n::tr_noop("The following arguments were not expected: {0}")},
      {std::regex("(.+): (.+) not in \\{(.+)\\}"), i18n::tr_noop("{0}: {1} not in {{2}}")},
      {std::regex("(.+): 1 required (.+) missing"), i18n::tr_noop("{0}: 1 required {1} missing")},
      {std::regex("Could not convert: (.+) = (.+)"), i18n::tr_noop("Could not convert: {0} = {1}")},
      {std::regex("(.+): Value (.+) not in range (.+) to (.+)"),
       i18n::tr_noop("{0}: Value {1} not in range {2} to {3}")},
  };
  std::smatch m;
  for (const auto& known : kKnown) {
    if (!std::regex_match(what, m, known.pattern)) continue;
    std::vector<std::string> groups;
    for (std::size_t i = 1; i < m.size(); ++i) groups.push_back(m[i].str());
    return i18n::format(i18n::tr(known.message), groups);
  }
  return what;
}

}  // namespace itagen::cli
