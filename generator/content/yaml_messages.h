// yaml-cpp's own words for a syntax error ("end of map not found"), in the language of the
// messages: they follow "invalid YAML: " in itagen's message.
#pragma once

#include <string>

namespace itagen::content {

// The translation of a message of yaml-cpp's ErrorMsg, or the message unchanged when it is
// not one of them (a newer yaml-cpp's new wording stays readable, in English).
std::string yaml_library_message(const std::string& message);

}  // namespace itagen::content
