// Which language the command line speaks, and where its Thai catalog (itagen.mo) is found.
// Chosen once, at start-up, before any message is made; English until then.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace itagen::i18n {

enum class Language { kEnglish, kThai };

inline constexpr const char* kDomain = "itagen";

Language current_language();

// "th", "th_TH.UTF-8", "th_TH@..." -> Thai; "en", "en_US.UTF-8", "C", "POSIX" -> English;
// anything else (another language) -> nullopt.
std::optional<Language> language_of(std::string_view locale_name);

// The language the environment asks for, as gettext reads it: LANGUAGE (a list, tried in
// order) unless the messages locale is C or POSIX (gettext then ignores it), else the first of
// LC_ALL, LC_MESSAGES, LANG that is set. A language itagen has no catalog for means English.
using Getenv = std::function<const char*(const char*)>;
Language language_from_environment(const Getenv& getenv);

// The folders that may hold th/LC_MESSAGES/itagen.mo, in the order they are tried: beside the
// program as installed (<program folder>/../share/locale, so a package unpacked anywhere finds
// its own), the build tree's catalog, the folder of the configured install prefix.
std::vector<std::string> catalog_folders();

// The first of folders holding the Thai catalog, or "".
std::string find_catalog(const std::vector<std::string>& folders);

// Switches the messages to `language`. Thai needs a catalog and a locale for gettext that is
// not C: the user's own (th_TH.UTF-8 when it is generated), else C.UTF-8, which every glibc
// has, with the language named through LANGUAGE. Returns false, staying in English, when the
// catalog cannot be found.
bool use_language(Language language);

}  // namespace itagen::i18n
