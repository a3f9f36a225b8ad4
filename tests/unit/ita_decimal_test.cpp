// Exact decimal scores and fractions.
#include "ita/decimal.h"

#include <doctest/doctest.h>

namespace itagen::ita {

TEST_CASE("parses_whole_one_and_two_decimal_numbers") {
  CHECK(Score::parse("100")->hundredths() == 10000);
  CHECK(Score::parse("99.2")->hundredths() == 9920);
  CHECK(Score::parse("99.23")->hundredths() == 9923);
  CHECK(Score::parse("0")->hundredths() == 0);
  CHECK(Score::parse("-0.17")->hundredths() == -17);
  CHECK(Score::parse("+17.97")->hundredths() == 1797);
}

TEST_CASE("rejects_a_third_decimal") {
  std::string why;
  CHECK_FALSE(Score::parse("28.415", &why));
  CHECK(why == "'28.415' has more than 2 decimals");
}

TEST_CASE("rejects_what_is_not_a_number") {
  std::string why;
  CHECK_FALSE(Score::parse("abc", &why));
  CHECK(why == "'abc' is not a number");
  CHECK_FALSE(Score::parse("1."));
  CHECK_FALSE(Score::parse(".5"));
  CHECK_FALSE(Score::parse(""));
  CHECK_FALSE(Score::parse("-"));
  CHECK_FALSE(Score::parse("1.2.3"));
  CHECK_FALSE(Score::parse("99,5"));
  CHECK_FALSE(Score::parse(" 99"));
  CHECK_FALSE(Score::parse("๙๙"));
}

TEST_CASE("rejects_numbers_too_large") {
  std::string why;
  CHECK_FALSE(Score::parse("1234567890", &why));
  CHECK(why == "'1234567890' is too large");
}

TEST_CASE("to_string_always_prints_two_decimals") {
  CHECK(Score::from_hundredths(10000).to_string() == "100.00");
  CHECK(Score::from_hundredths(9920).to_string() == "99.20");
  CHECK(Score::from_hundredths(5).to_string() == "0.05");
  CHECK(Score::from_hundredths(0).to_string() == "0.00");
  CHECK(Score::from_hundredths(-17).to_string() == "-0.17");
  CHECK(Score::from_hundredths(-1188).to_string() == "-11.88");
}

TEST_CASE("to_signed_string_marks_increases") {
  CHECK(Score::from_hundredths(1797).to_signed_string() == "+17.97");
  CHECK(Score::from_hundredths(-42).to_signed_string() == "-0.42");
  CHECK(Score::from_hundredths(0).to_signed_string() == "0.00");
}

TEST_CASE("score_arithmetic_and_order") {
  Score a = *Score::parse("96.53");
  Score b = *Score::parse("94.67");
  CHECK((b - a).to_string() == "-1.86");
  CHECK((a + b).to_string() == "191.20");
  CHECK((b - a).abs().to_string() == "1.86");
  CHECK(b < a);
  CHECK(a == Score::from_hundredths(9653));
}

TEST_CASE("fraction_rounds_half_up_exactly") {
  CHECK(Fraction(28415, 1000).round() == Score::from_hundredths(2842));
  CHECK(Fraction(283596, 10000).round() == Score::from_hundredths(2836));
  CHECK(Fraction(29885, 1000).round() == Score::from_hundredths(2989));
  CHECK(Fraction(1, 3).round() == Score::from_hundredths(33));
  CHECK(Fraction(2, 3).round() == Score::from_hundredths(67));
  CHECK(Fraction(-28415, 1000).round() == Score::from_hundredths(-2842));
  CHECK(Fraction(-1, 3).round() == Score::from_hundredths(-33));
}

TEST_CASE("fraction_is_kept_in_lowest_terms_with_a_positive_denominator") {
  Fraction f(50, -100);
  CHECK(f.numerator() == -1);
  CHECK(f.denominator() == 2);
  Fraction zero;
  CHECK(zero.numerator() == 0);
  CHECK(zero.denominator() == 1);
}

TEST_CASE("fraction_arithmetic_is_exact") {
  // 0.3 x mean(95.78, 94.07, 94.30) = 28.415 exactly.
  Fraction sum = Fraction::of(*Score::parse("95.78")) + Fraction::of(*Score::parse("94.07")) +
                 Fraction::of(*Score::parse("94.30"));
  Fraction eit = Fraction(30, 100) * (sum / 3);
  CHECK(eit.numerator() == 5683);
  CHECK(eit.denominator() == 200);
  CHECK(eit.round().to_string() == "28.42");
  Fraction third = Fraction(1, 3);
  Fraction one = third + third + third;
  CHECK(one.numerator() == 1);
  CHECK(one.denominator() == 1);
}

}  // namespace itagen::ita
