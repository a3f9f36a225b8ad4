// Converting located YAML values to text, numbers, scores, dates, choices and lists. Numbers
// are read from the raw scalar text, never through a double.
#include <algorithm>
#include <cctype>

#include "content/yaml_reader.h"
#include "i18n/translate.h"

namespace itagen::content::detail {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

std::string score_hint() { return i18n::tr("write a number from 0 to 100 with at most 2 decimals, like 99.23"); }

}  // namespace

std::optional<std::string> as_text(Reader& r, const Value& v) {
  if (!v.present()) return std::nullopt;
  if (!v.node.IsScalar()) {
    r.error(v.where, i18n::tr("'{0}' must be text", v.name),
            i18n::tr("write the value on the same line as '{0}:', in quotes if it holds ': '", v.name));
    return std::nullopt;
  }
  return v.node.Scalar();
}

// Thai digits (๐-๙, U+0E50-U+0E59: bytes E0 B9 90-99) in what should be a number.
bool has_thai_digits(std::string_view text) {
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    if (text[i] == '\xE0' && text[i + 1] == '\xB9' && static_cast<unsigned char>(text[i + 2]) >= 0x90 &&
        static_cast<unsigned char>(text[i + 2]) <= 0x99) {
      return true;
    }
  }
  return false;
}

std::string thai_digits_hint() {
  return i18n::tr(
      "write numbers with the digits 0-9; the site prints them in Thai digits when site.yaml says numerals: thai");
}

std::optional<int> as_int(Reader& r, const Value& v) {
  auto text = as_text(r, v);
  if (!text) return std::nullopt;
  std::string_view digits = *text;
  bool negative = !digits.empty() && digits.front() == '-';
  if (negative) digits.remove_prefix(1);
  bool ok = !digits.empty() && digits.size() <= 9 &&
            std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!ok) {
    r.error(v.where, i18n::tr("expected a whole number, got '{0}'", *text),
            has_thai_digits(*text) ? thai_digits_hint() : i18n::tr("write the number alone, digits only, like 5"));
    return std::nullopt;
  }
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return negative ? -value : value;
}

std::optional<Score> as_score(Reader& r, const Value& v) {
  auto text = as_text(r, v);
  if (!text) return std::nullopt;
  std::string why;
  auto score = Score::parse(*text, &why);
  if (!score) {
    if (why == i18n::tr("'{0}' has more than 2 decimals", *text)) {
      r.error(v.where, why, score_hint());
    } else {
      r.error(v.where, i18n::tr("expected a score, got '{0}'", *text),
              has_thai_digits(*text) ? thai_digits_hint() : score_hint());
    }
    return std::nullopt;
  }
  if (*score < Score::from_hundredths(0) || *score > Score::from_hundredths(10000)) {
    r.error(v.where, i18n::tr("score '{0}' is outside 0 to 100", *text), score_hint());
    return std::nullopt;
  }
  return score;
}

std::optional<Date> as_date(Reader& r, const Value& v) {
  auto text = as_text(r, v);
  if (!text) return std::nullopt;
  std::string why;
  auto date = thai::parse_date(*text, &why);
  if (!date) r.error(v.where, why, i18n::tr("write dates as YYYY-MM-DD, such as 2567-05-08"));
  return date;
}

std::optional<bool> as_bool(Reader& r, const Value& v) {
  auto text = as_text(r, v);
  if (!text) return std::nullopt;
  std::string word = lower(*text);
  if (word == "true" || word == "yes") return true;
  if (word == "false" || word == "no") return false;
  r.error(v.where, i18n::tr("expected true or false, got '{0}'", *text), i18n::tr("write true or false"));
  return std::nullopt;
}

Markdown as_md(Reader& r, const Value& v) {
  auto text = as_text(r, v);
  if (!text) return {};
  return Markdown{*text, v.where};
}

std::optional<std::string> as_choice(Reader& r, const Value& v, const std::vector<std::string>& allowed,
                                     const std::string& noun) {
  auto text = as_text(r, v);
  if (!text) return std::nullopt;
  if (std::find(allowed.begin(), allowed.end(), *text) != allowed.end()) return text;
  std::string close = diag::closest_match(*text, allowed);
  if (close.empty()) close = diag::closest_match(lower(*text), allowed);
  // TRANSLATORS: {0} is the name of the field as written in the file (round, kind, status ...).
  r.error(v.where, i18n::tr("unknown {0} '{1}'", noun, *text),
          close.empty() ? i18n::tr("use one of: {0}", join(allowed)) : i18n::tr("did you mean '{0}'?", close));
  return std::nullopt;
}

std::vector<Value> as_list(Reader& r, const Value& v) {
  std::vector<Value> out;
  if (!v.present()) return out;
  if (!v.node.IsSequence()) {
    r.error(v.where, i18n::tr("'{0}' must be a list", v.name), i18n::tr("write one '- ' line per entry, or [a, b]"));
    return out;
  }
  for (const auto& element : v.node) {
    r.visit();
    bool present = element.IsDefined() && !element.IsNull();
    out.push_back(Value{element, present ? r.at(element) : v.where, v.name});
  }
  return out;
}

std::vector<std::string> as_text_list(Reader& r, const Value& v) {
  std::vector<std::string> out;
  for (const auto& element : as_list(r, v)) {
    if (auto text = as_text(r, element)) out.push_back(*text);
  }
  return out;
}

std::vector<Markdown> as_md_list(Reader& r, const Value& v) {
  std::vector<Markdown> out;
  for (const auto& element : as_list(r, v)) {
    Markdown m = as_md(r, element);
    if (!m.empty()) out.push_back(std::move(m));
  }
  return out;
}

}  // namespace itagen::content::detail
