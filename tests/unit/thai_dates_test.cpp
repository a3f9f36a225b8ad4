// Buddhist Era dates, fiscal years and Thai date formatting.
#include "thai/dates.h"

#include <doctest/doctest.h>

namespace itagen::thai {

TEST_CASE("buddhist_and_common_era_dates_are_the_same_day") {
  auto be = parse_date("2567-05-08");
  auto ce = parse_date("2024-05-08");
  REQUIRE(be);
  REQUIRE(ce);
  CHECK(*be == *ce);
  CHECK(be->year == 2024);
  CHECK(be->month == 5);
  CHECK(be->day == 8);
  CHECK(be->be_year() == 2567);
}

TEST_CASE("rejects_dates_that_do_not_exist") {
  std::string why;
  CHECK_FALSE(parse_date("2567-02-30", &why));
  CHECK(why == "'2567-02-30' is not a real date");
  CHECK_FALSE(parse_date("2567-13-01"));
  CHECK_FALSE(parse_date("2567-00-10"));
  CHECK_FALSE(parse_date("2567-04-31"));
  CHECK_FALSE(parse_date("2567-04-00"));
}

TEST_CASE("february_29_follows_the_common_era_leap_year") {
  CHECK(parse_date("2567-02-29"));        // 2024 is a leap year
  CHECK_FALSE(parse_date("2566-02-29"));  // 2023 is not
  CHECK(parse_date("2000-02-29"));
  CHECK_FALSE(parse_date("1900-02-29"));
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(2023, 2) == 28);
  CHECK(days_in_month(2023, 13) == 0);
}

TEST_CASE("rejects_text_not_written_yyyy_mm_dd") {
  std::string why;
  CHECK_FALSE(parse_date("8/5/2567", &why));
  CHECK(why == "'8/5/2567' is not a date written YYYY-MM-DD");
  CHECK_FALSE(parse_date("2567-5-8"));
  CHECK_FALSE(parse_date("2567-05-08 "));
  CHECK_FALSE(parse_date("2567-+5-08"));
  CHECK_FALSE(parse_date(""));
}

TEST_CASE("iso_date_is_in_the_common_era") {
  CHECK(iso_date(*parse_date("2567-05-08")) == "2024-05-08");
}

TEST_CASE("be_date_is_in_the_buddhist_era_however_it_was_written") {
  CHECK(be_date(*parse_date("2565-10-05")) == "2565-10-05");
  CHECK(be_date(*parse_date("2022-10-05")) == "2565-10-05");
}

TEST_CASE("fiscal_year_runs_october_to_september") {
  CHECK(fiscal_year_of(Date{2023, 10, 1}) == 2567);
  CHECK(fiscal_year_of(Date{2024, 9, 30}) == 2567);
  CHECK(fiscal_year_of(Date{2023, 9, 30}) == 2566);
  CHECK(fiscal_year_of(Date{2024, 10, 1}) == 2568);
  CHECK(fiscal_year_start(2567) == Date{2023, 10, 1});
  CHECK(fiscal_year_end(2567) == Date{2024, 9, 30});
}

TEST_CASE("to_be_year_accepts_either_era") {
  CHECK(to_be_year(2024) == 2567);
  CHECK(to_be_year(2567) == 2567);
}

TEST_CASE("thai_long_date_in_either_digits") {
  Date d{2024, 5, 8};
  CHECK(thai_long_date(d, Numerals::kArabic) == "8 พฤษภาคม 2567");
  CHECK(thai_long_date(d, Numerals::kThai) == "๘ พฤษภาคม ๒๕๖๗");
}

TEST_CASE("thai_short_date_in_either_digits") {
  Date d{2024, 5, 8};
  CHECK(thai_short_date(d, Numerals::kArabic) == "8 พ.ค. 2567");
  CHECK(thai_short_date(d, Numerals::kThai) == "๘ พ.ค. ๒๕๖๗");
  CHECK(thai_short_date(Date{2023, 10, 1}, Numerals::kArabic) == "1 ต.ค. 2566");
}

TEST_CASE("thai_month_names") {
  CHECK(thai_month_name(1) == "มกราคม");
  CHECK(thai_month_name(12) == "ธันวาคม");
  CHECK(thai_month_name(0) == "");
  CHECK(thai_month_name(13) == "");
}

}  // namespace itagen::thai
