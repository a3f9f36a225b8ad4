// Exact decimal and fraction arithmetic for scores.
#include "ita/decimal.h"
#include "i18n/translate.h"

#include <cstdlib>
#include <numeric>

namespace itagen::ita {

std::optional<Score> Score::parse(std::string_view text, std::string* why) {
  auto fail = [&](std::string message) -> std::optional<Score> {
    if (why) *why = std::move(message);
    return std::nullopt;
  };
  std::string_view rest = text;
  bool negative = false;
  if (!rest.empty() && (rest[0] == '-' || rest[0] == '+')) {
    negative = rest[0] == '-';
    rest.remove_prefix(1);
  }
  std::size_t dot = rest.find('.');
  std::string_view whole = rest.substr(0, dot);
  std::string_view fraction = dot == std::string_view::npos ? std::string_view{} : rest.substr(dot + 1);
  auto all_digits = [](std::string_view s) {
    for (char c : s) {
      if (c < '0' || c > '9') return false;
    }
    return true;
  };
  if (whole.empty() || !all_digits(whole) || !all_digits(fraction) ||
      (dot != std::string_view::npos && fraction.empty())) {
    return fail(i18n::tr("'{0}' is not a number", std::string(text)));
  }
  if (fraction.size() > 2) {
    return fail(i18n::tr("'{0}' has more than 2 decimals", std::string(text)));
  }
  if (whole.size() > 9) return fail(i18n::tr("'{0}' is too large", std::string(text)));
  std::int64_t value = 0;
  for (char c : whole) value = value * 10 + (c - '0');
  value *= 100;
  if (fraction.size() >= 1) value += (fraction[0] - '0') * 10;
  if (fraction.size() == 2) value += fraction[1] - '0';
  return Score(negative ? -value : value);
}

std::string Score::to_string() const {
  std::int64_t magnitude = hundredths_ < 0 ? -hundredths_ : hundredths_;
  std::string cents = std::to_string(magnitude % 100);
  if (cents.size() < 2) cents.insert(0, "0");
  return (hundredths_ < 0 ? "-" : "") + std::to_string(magnitude / 100) + "." + cents;
}

std::string Score::to_signed_string() const { return (hundredths_ > 0 ? "+" : "") + to_string(); }

Fraction::Fraction(std::int64_t numerator, std::int64_t denominator) : num_(numerator), den_(denominator) {
  if (den_ < 0) {
    num_ = -num_;
    den_ = -den_;
  }
  std::int64_t g = std::gcd(num_ < 0 ? -num_ : num_, den_);
  if (g > 1) {
    num_ /= g;
    den_ /= g;
  }
}

Fraction Fraction::operator+(const Fraction& o) const {
  std::int64_t l = std::lcm(den_, o.den_);
  return Fraction(num_ * (l / den_) + o.num_ * (l / o.den_), l);
}

Fraction Fraction::operator*(const Fraction& o) const { return Fraction(num_ * o.num_, den_ * o.den_); }

Fraction Fraction::operator/(std::int64_t n) const { return Fraction(num_, den_ * n); }

Score Fraction::round() const {
  // hundredths = num * 100 / den, rounded half away from zero.
  std::int64_t scaled = num_ * 100;
  std::int64_t q = scaled / den_;
  std::int64_t r = scaled % den_;
  if (r < 0) r = -r;
  if (2 * r >= den_) q += scaled < 0 ? -1 : 1;
  return Score::from_hundredths(q);
}

}  // namespace itagen::ita
