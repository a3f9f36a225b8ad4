// Buddhist Era aware dates and Thai fiscal years.
// A Date is held in the Common Era; BE = CE + 543. Content may write either: a year of 2400 or
// more is Buddhist Era (2567-05-08 and 2024-05-08 are the same day).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "thai/numerals.h"

namespace itagen::thai {

constexpr int kBuddhistEraOffset = 543;
constexpr int kFirstBuddhistEraYear = 2400;

struct Date {
  int year = 0;  // Common Era
  int month = 0;
  int day = 0;
  friend auto operator<=>(const Date&, const Date&) = default;
  int be_year() const { return year + kBuddhistEraOffset; }
};

// Parses "YYYY-MM-DD" (CE or BE). On failure returns nullopt and sets *why to a message.
std::optional<Date> parse_date(std::string_view text, std::string* why = nullptr);
bool is_valid_date(int ce_year, int month, int day);
int days_in_month(int ce_year, int month);

// ISO 8601 in the Common Era: "2024-05-08" (for datetime attributes, sitemaps, feeds).
std::string iso_date(const Date& d);
// The same in the Buddhist Era, "2567-05-08": how offices write dates, so how messages to
// them and the files scaffolds write give them (never iso_date: 2022 for 2565 confuses).
std::string be_date(const Date& d);
// "8 พฤษภาคม 2567" and "8 พ.ค. 2567", digits per numerals.
std::string thai_long_date(const Date& d, Numerals numerals);
std::string thai_short_date(const Date& d, Numerals numerals);
std::string thai_month_name(int month);

// Fiscal years are named by their Buddhist Era year: FY2567 runs 1 Oct 2566 BE (2023 CE)
// to 30 Sep 2567 BE (2024 CE).
int fiscal_year_of(const Date& d);  // BE
Date fiscal_year_start(int fiscal_year_be);
Date fiscal_year_end(int fiscal_year_be);
// Accepts a year written either way and returns it in BE (2024 -> 2567, 2567 -> 2567).
int to_be_year(int year);

}  // namespace itagen::thai
