// tr() and its placeholders. Until language.cpp's choose_language() picks Thai, every message is
// its English msgid, so the library and its unit tests never depend on a catalog or a locale.
#include "i18n/translate.h"

#include <libintl.h>

#include "i18n/language.h"

namespace itagen::i18n {

std::string format(std::string_view pattern, const std::vector<std::string>& args) {
  std::string out;
  out.reserve(pattern.size() + 16);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 1] >= '0' && pattern[i + 1] <= '9' &&
        pattern[i + 2] == '}') {
      std::size_t k = static_cast<std::size_t>(pattern[i + 1] - '0');
      if (k < args.size()) {
        out += args[k];
        i += 2;
        continue;
      }
    }
    out += pattern[i];
  }
  return out;
}

std::string translate(const char* msgid) {
  if (current_language() == Language::kEnglish) return msgid;
  return dgettext(kDomain, msgid);
}

std::string translate_plural(const char* singular, const char* plural, unsigned long n) {
  if (current_language() == Language::kEnglish) return n == 1 ? singular : plural;
  return dngettext(kDomain, singular, plural, n);
}

std::string translate_in_context(const char* context, const char* msgid) {
  if (current_language() == Language::kEnglish) return msgid;
  // What pgettext does: the catalog keys a message in context as "context\004msgid", and
  // gettext returns the key itself when it has no translation.
  const std::string key = std::string(context) + '\004' + msgid;
  const char* found = dgettext(kDomain, key.c_str());
  return found == key.c_str() || key == found ? std::string(msgid) : std::string(found);
}

}  // namespace itagen::i18n
