// Validation of the names given to `itagen new`.
#include "scaffold/names.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "content/rounds.h"
#include "i18n/translate.h"

namespace itagen::scaffold {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_slug_char(char c) { return (c >= 'a' && c <= 'z') || is_digit(c) || c == '-'; }

bool fail(Failure* failure, std::string message, std::string hint) {
  if (failure) *failure = {std::move(message), std::move(hint)};
  return false;
}

// Top-level folders of the output that the generator writes itself.
constexpr std::array<std::string_view, 9> kReservedSections = {"ita",       "oit",    "measures", "no-gift", "reports",
                                                               "committee", "report", "data",     "assets"};

}  // namespace

std::optional<int> parse_fiscal_year(const std::string& text, Failure* failure) {
  bool digits = text.size() == 4;
  for (char c : text) digits = digits && is_digit(c);
  if (!digits) {
    fail(failure, i18n::tr("'{0}' is not a fiscal year", text),
         i18n::tr("write the Buddhist Era year with 4 digits, such as 2567"));
    return std::nullopt;
  }
  int year = std::stoi(text);
  if (year < 2500) {
    std::string hint = i18n::tr("fiscal years are Buddhist Era (2500 or later)");
    if (year >= 1957) hint += i18n::tr("; {0} CE is {1}", text, std::to_string(year + 543));
    fail(failure, i18n::tr("fiscal year {0} is too early", text), hint);
    return std::nullopt;
  }
  return year;
}

bool valid_measure_id(const std::string& id, Failure* failure) {
  bool ok = !id.empty();
  for (char c : id) ok = ok && is_slug_char(c);
  if (ok) return true;
  return fail(failure, i18n::tr("measure id '{0}' may hold only a-z, 0-9 and '-'", id),
              i18n::tr("ids become web addresses; write for example transparent-personnel"));
}

bool valid_round(const std::string& round, Failure* failure) {
  if (content::round_month(round)) return true;
  return fail(failure, i18n::tr("unknown report round '{0}'", round),
              i18n::tr("rounds are 6m, 12m, q1, q2, q3 and q4"));
}

std::optional<std::string> normalize_page_slug(const std::string& text, Failure* failure) {
  std::string slug = text;
  if (slug.size() > 3 && slug.ends_with(".md")) slug.resize(slug.size() - 3);
  while (slug.size() > 1 && slug.back() == '/') slug.pop_back();
  const std::string hint = i18n::tr("write the page's path under content/pages/ without .md, such as about/contact");
  if (slug.empty() || slug.front() == '/') {
    fail(failure, i18n::tr("page path '{0}' must be relative", text), hint);
    return std::nullopt;
  }
  std::size_t start = 0;
  while (true) {
    std::size_t slash = slug.find('/', start);
    std::string segment = slug.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (segment == "." || segment == "..") {
      fail(failure, i18n::tr("page path '{0}' may not contain '{1}'", text, segment), hint);
      return std::nullopt;
    }
    bool ok = !segment.empty();
    for (char c : segment) ok = ok && is_slug_char(c);
    if (!ok) {
      fail(failure, i18n::tr("page path '{0}' may hold only a-z, 0-9, '-' and '/'", text), hint);
      return std::nullopt;
    }
    if (start == 0) {
      for (auto reserved : kReservedSections) {
        if (segment == reserved) {
          fail(failure, i18n::tr("page path '{0}' would clash with the generated pages under /{1}/", text, segment),
               i18n::tr("choose another first folder, such as about/"));
          return std::nullopt;
        }
      }
    }
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return slug;
}

std::optional<std::string> normalize_item_code(const std::string& text, Failure* failure) {
  bool ok = text.size() >= 2 && text.size() <= 4 && (text[0] == 'O' || text[0] == 'o');
  int number = 0;
  for (std::size_t i = 1; ok && i < text.size(); ++i) {
    ok = is_digit(text[i]);
    number = number * 10 + (text[i] - '0');
  }
  if (!ok || number == 0) {
    fail(failure, i18n::tr("'{0}' is not an OIT item code", text), i18n::tr("item codes look like O5 or O05"));
    return std::nullopt;
  }
  return "O" + std::to_string(number);
}

std::string item_file_name(const std::string& code) {
  int number = std::atoi(code.c_str() + (code.empty() ? 0 : 1));
  char buf[32];
  std::snprintf(buf, sizeof buf, "O%02d.md", number);
  return buf;
}

}  // namespace itagen::scaffold
