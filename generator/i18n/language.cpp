// Choosing the language of messages and binding the gettext catalog. glibc's gettext ignores
// every catalog while the messages locale is "C", which is what a machine without the Thai
// locale generated gives for LANG=th_TH.UTF-8: so the locale falls back to C.UTF-8 and the
// language is named explicitly, through LANGUAGE, which gettext honours in any locale but C.
#include "i18n/language.h"

#include <libintl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <clocale>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace itagen::i18n {
namespace {

std::atomic<Language> g_language{Language::kEnglish};

bool is_c_locale(std::string_view name) { return name.empty() || name == "C" || name == "POSIX"; }

std::string program_folder() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : exe.parent_path().string();
}

}  // namespace

Language current_language() { return g_language.load(std::memory_order_relaxed); }

std::optional<Language> language_of(std::string_view name) {
  if (is_c_locale(name) || name.starts_with("C.") || name.starts_with("C@")) return Language::kEnglish;
  std::string_view lang = name.substr(0, name.find_first_of("_.@"));
  if (lang == "th") return Language::kThai;
  if (lang == "en") return Language::kEnglish;
  return std::nullopt;
}

Language language_from_environment(const Getenv& getenv) {
  auto value = [&getenv](const char* name) -> std::string_view {
    const char* v = getenv(name);
    return v ? v : "";
  };
  std::string_view locale;
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    if (!value(name).empty()) {
      locale = value(name);
      break;
    }
  }
  if (is_c_locale(locale)) return Language::kEnglish;
  std::string_view list = value("LANGUAGE");
  while (!list.empty()) {
    std::string_view entry = list.substr(0, list.find(':'));
    list.remove_prefix(std::min(list.size(), entry.size() + 1));
    if (auto lang = language_of(entry); lang && !entry.empty()) return *lang;
  }
  return language_of(locale).value_or(Language::kEnglish);
}

std::vector<std::string> catalog_folders() {
  std::vector<std::string> folders;
  if (auto here = program_folder(); !here.empty()) folders.push_back(here + "/../share/locale");
#ifdef ITAGEN_BUILD_LOCALEDIR
  folders.push_back(ITAGEN_BUILD_LOCALEDIR);
#endif
#ifdef ITAGEN_LOCALEDIR
  folders.push_back(ITAGEN_LOCALEDIR);
#endif
  return folders;
}

std::string find_catalog(const std::vector<std::string>& folders) {
  for (const auto& folder : folders) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(folder + "/th/LC_MESSAGES/" + kDomain + ".mo", ec)) {
      return std::filesystem::path(folder).lexically_normal().string();
    }
  }
  return {};
}

bool use_language(Language language) {
  if (language == Language::kEnglish) {
    g_language = Language::kEnglish;
    return true;
  }
  const std::string folder = find_catalog(catalog_folders());
  if (folder.empty()) return false;
  bindtextdomain(kDomain, folder.c_str());
  // Messages go out as UTF-8 whatever the locale's own character set (th_TH is TIS-620).
  bind_textdomain_codeset(kDomain, "UTF-8");
  // Only the messages category: numbers and dates are written by itagen itself, and a locale's
  // decimal comma must not reach them.
  const char* chosen = std::setlocale(LC_MESSAGES, "");
  if (chosen == nullptr || is_c_locale(chosen)) {
    for (const char* fallback : {"C.UTF-8", "C.utf8", "en_US.UTF-8"}) {
      if (std::setlocale(LC_MESSAGES, fallback) != nullptr) break;
    }
  }
  setenv("LANGUAGE", "th", 1);
  g_language = Language::kThai;
  return true;
}

}  // namespace itagen::i18n
