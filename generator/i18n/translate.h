// The translation of the command line's messages (GNU gettext, domain "itagen"). English is the
// source language: a message is written in English in the code, marked with tr() so that
// xgettext finds it (make pot), and looked up in the Thai catalog when Thai was chosen.
//
// Placeholders are numbered, {0} to {9}, never glued on with '+', so that a translator can
// move them: tr("unknown indicator '{0}'", n). A word whose English is also another message's
// with another meaning takes a context, as pgettext does: trc("build phase", "total").
// Keywords for xgettext: tr, trn:1,2, trc:1c,2, tr_noop.
#pragma once

#include <concepts>
#include <string>
#include <string_view>
#include <vector>

namespace itagen::i18n {

// The text a placeholder stands for: strings as they are, whole numbers in ASCII digits
// (the content contract writes numbers in messages with Arabic digits in both languages).
inline std::string text_of(std::string_view s) { return std::string(s); }
inline std::string text_of(const char* s) { return s; }
inline std::string text_of(const std::string& s) { return s; }
inline std::string text_of(char c) { return std::string(1, c); }
template <std::integral T>
  requires(!std::same_as<T, char> && !std::same_as<T, bool>)
std::string text_of(T n) {
  return std::to_string(n);
}

// The pattern with each {k} replaced by args[k]. Other braces stay as they are ("{a: 1}").
std::string format(std::string_view pattern, const std::vector<std::string>& args);

// The translation of msgid in the chosen language (msgid itself in English).
std::string translate(const char* msgid);
// The singular or plural translation for n (Thai has one form, English two).
std::string translate_plural(const char* singular, const char* plural, unsigned long n);
// The translation of msgid in context (msgctxt), msgid itself in English or when untranslated.
std::string translate_in_context(const char* context, const char* msgid);

inline std::string tr(const char* msgid) { return translate(msgid); }
template <class... Args>
std::string tr(const char* msgid, const Args&... args) {
  return format(translate(msgid), {text_of(args)...});
}
template <class... Args>
std::string trn(const char* singular, const char* plural, unsigned long n, const Args&... args) {
  return format(translate_plural(singular, plural, n), {text_of(args)...});
}

template <class... Args>
std::string trc(const char* context, const char* msgid, const Args&... args) {
  return format(translate_in_context(context, msgid), {text_of(args)...});
}

// Marks a message kept in a table for xgettext; it is translated later with tr(variable).
constexpr const char* tr_noop(const char* msgid) { return msgid; }

}  // namespace itagen::i18n
