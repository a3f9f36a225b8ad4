// Thai or Arabic digits: the site's choice, applied to every number it prints.
#pragma once

#include <string>
#include <string_view>

namespace itagen::thai {

enum class Numerals { kArabic, kThai };

// Replaces ASCII digits 0-9 by Thai digits ๐-๙ when numerals is kThai; otherwise a copy.
std::string localize_digits(std::string_view text, Numerals numerals);

// The same for a whole HTML document: only text outside tags is changed, so attributes
// (href, datetime, viewBox) and the contents of script, style, pre and code keep their digits.
std::string localize_html_digits(std::string_view html, Numerals numerals);

// Thai digits back to ASCII (content is written with Arabic digits, but pasted Thai text may
// carry Thai ones; search indexes both).
std::string arabic_digits(std::string_view text);

}  // namespace itagen::thai
