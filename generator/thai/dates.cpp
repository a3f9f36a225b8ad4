// Date parsing and Thai date formatting.
#include "thai/dates.h"
#include "i18n/translate.h"

#include <array>
#include <charconv>
#include <cstdio>

namespace itagen::thai {
namespace {

constexpr std::array<const char*, 12> kMonthNames = {
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};
constexpr std::array<const char*, 12> kMonthAbbreviations = {
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};

bool parse_digits(std::string_view text, int* out) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  auto result = std::from_chars(text.data(), text.data() + text.size(), *out);
  return result.ec == std::errc();
}

bool is_leap(int ce_year) { return (ce_year % 4 == 0 && ce_year % 100 != 0) || ce_year % 400 == 0; }

}  // namespace

int days_in_month(int ce_year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap(ce_year) ? 29 : kDays[month - 1];
}

bool is_valid_date(int ce_year, int month, int day) {
  return ce_year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(ce_year, month);
}

int to_be_year(int year) { return year >= kFirstBuddhistEraYear ? year : year + kBuddhistEraOffset; }

std::optional<Date> parse_date(std::string_view text, std::string* why) {
  auto fail = [&](const std::string& message) -> std::optional<Date> {
    if (why) *why = message;
    return std::nullopt;
  };
  int year = 0, month = 0, day = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !parse_digits(text.substr(0, 4), &year) ||
      !parse_digits(text.substr(5, 2), &month) || !parse_digits(text.substr(8, 2), &day)) {
    return fail(i18n::tr("'{0}' is not a date written YYYY-MM-DD", std::string(text)));
  }
  int ce_year = year >= kFirstBuddhistEraYear ? year - kBuddhistEraOffset : year;
  if (!is_valid_date(ce_year, month, day)) {
    return fail(i18n::tr("'{0}' is not a real date", std::string(text)));
  }
  return Date{ce_year, month, day};
}

std::string iso_date(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string be_date(const Date& d) {
  char buf[48];  // room for any int, so the compiler can see nothing is cut
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.be_year(), d.month, d.day);
  return buf;
}

std::string thai_month_name(int month) { return month >= 1 && month <= 12 ? kMonthNames[month - 1] : ""; }

std::string thai_long_date(const Date& d, Numerals numerals) {
  return localize_digits(std::to_string(d.day), numerals) + " " + kMonthNames[d.month - 1] + " " +
         localize_digits(std::to_string(d.be_year()), numerals);
}

std::string thai_short_date(const Date& d, Numerals numerals) {
  return localize_digits(std::to_string(d.day), numerals) + " " + kMonthAbbreviations[d.month - 1] + " " +
         localize_digits(std::to_string(d.be_year()), numerals);
}

int fiscal_year_of(const Date& d) { return d.be_year() + (d.month >= 10 ? 1 : 0); }

Date fiscal_year_start(int fiscal_year_be) { return Date{fiscal_year_be - kBuddhistEraOffset - 1, 10, 1}; }
Date fiscal_year_end(int fiscal_year_be) { return Date{fiscal_year_be - kBuddhistEraOffset, 9, 30}; }

}  // namespace itagen::thai
