// yaml-cpp's parser messages (yaml-cpp/exceptions.h, ErrorMsg), marked for translation here
// because they are made inside the library, where tr() cannot reach.
#include "content/yaml_messages.h"

#include <string_view>

#include "i18n/translate.h"

namespace itagen::content {
namespace {

// The whole messages a syntax error can carry, as yaml-cpp 0.7 spells them.
constexpr const char* kWhole[] = {
    i18n::tr_noop("YAML directives must have exactly one argument"),
    i18n::tr_noop("YAML major version too large"),
    i18n::tr_noop("repeated YAML directive"),
    i18n::tr_noop("TAG directives must have exactly two arguments"),
    i18n::tr_noop("repeated TAG directive"),
    i18n::tr_noop("illegal character found while scanning tag handle"),
    i18n::tr_noop("tag handle with no suffix"),
    i18n::tr_noop("end of verbatim tag not found"),
    i18n::tr_noop("end of map not found"),
    i18n::tr_noop("end of map flow not found"),
    i18n::tr_noop("end of sequence not found"),
    i18n::tr_noop("end of sequence flow not found"),
    i18n::tr_noop("cannot assign multiple tags to the same node"),
    i18n::tr_noop("cannot assign multiple anchors to the same node"),
    i18n::tr_noop("cannot assign multiple aliases to the same node"),
    i18n::tr_noop("aliases can't have any content, *including* tags"),
    i18n::tr_noop("bad character found while scanning hex number"),
    i18n::tr_noop("unknown token"),
    i18n::tr_noop("illegal document indicator in scalar"),
    i18n::tr_noop("illegal EOF in scalar"),
    i18n::tr_noop("illegal character in scalar"),
    i18n::tr_noop("illegal tab when looking for indentation"),
    i18n::tr_noop("illegal flow end"),
    i18n::tr_noop("illegal block entry"),
    i18n::tr_noop("illegal map key"),
    i18n::tr_noop("illegal map value"),
    i18n::tr_noop("alias not found after *"),
    i18n::tr_noop("anchor not found after &"),
    i18n::tr_noop("illegal character found while scanning alias"),
    i18n::tr_noop("illegal character found while scanning anchor"),
    i18n::tr_noop("cannot set zero indentation for a block scalar"),
    i18n::tr_noop("unexpected character in block scalar"),
    i18n::tr_noop("cannot assign the same alias to multiple nodes"),
    i18n::tr_noop("the referenced anchor is not defined"),
};

}  // namespace

std::string yaml_library_message(const std::string& message) {
  for (const char* whole : kWhole) {
    if (message == whole) return i18n::tr(whole);
  }
  // The three that end with what was found.
  for (auto [prefix, pattern] :
       {std::pair{"bad YAML version: ", i18n::tr_noop("bad YAML version: {0}")},
        std::pair{"invalid unicode: ", i18n::tr_noop("invalid unicode: {0}")},
        std::pair{"unknown escape character: ", i18n::tr_noop("unknown escape character: {0}")}}) {
    if (message.rfind(prefix, 0) == 0) return i18n::tr(pattern, message.substr(std::string_view(prefix).size()));
  }
  return message;
}

}  // namespace itagen::content
