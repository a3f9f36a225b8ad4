// Exact score arithmetic. Published scores have at most 2 decimals, so they are held in
// hundredths; derived figures (averages, weighted sums) are exact fractions until they are
// rounded, half up, to hundredths for display. No binary floating point anywhere: 28.415
// must round to 28.42 as a person expects.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace itagen::ita {

// A decimal with exactly two places, stored as an integer count of hundredths.
class Score {
 public:
  constexpr Score() = default;
  static constexpr Score from_hundredths(std::int64_t h) { return Score(h); }
  // Parses "99", "99.2", "99.23" (optionally with a leading '-'). nullopt on anything else,
  // including a third decimal; *why explains.
  static std::optional<Score> parse(std::string_view text, std::string* why = nullptr);

  constexpr std::int64_t hundredths() const { return hundredths_; }
  // "99.23", "100.00", "-0.17": always two decimals, as the official reports print them.
  std::string to_string() const;
  // "+17.97", "-0.42", "0.00": for year-on-year changes.
  std::string to_signed_string() const;

  friend constexpr auto operator<=>(const Score&, const Score&) = default;
  friend constexpr Score operator-(Score a, Score b) { return Score(a.hundredths_ - b.hundredths_); }
  friend constexpr Score operator+(Score a, Score b) { return Score(a.hundredths_ + b.hundredths_); }
  constexpr Score abs() const { return Score(hundredths_ < 0 ? -hundredths_ : hundredths_); }

 private:
  constexpr explicit Score(std::int64_t h) : hundredths_(h) {}
  std::int64_t hundredths_ = 0;
};

// An exact fraction, for sums and averages before the one rounding at the end.
class Fraction {
 public:
  constexpr Fraction() = default;
  Fraction(std::int64_t numerator, std::int64_t denominator);
  static Fraction of(Score s) { return Fraction(s.hundredths(), 100); }

  Fraction operator+(const Fraction& o) const;
  Fraction operator*(const Fraction& o) const;
  Fraction operator/(std::int64_t n) const;
  // Rounds half away from zero to hundredths (scores are never negative in practice).
  Score round() const;
  std::int64_t numerator() const { return num_; }
  std::int64_t denominator() const { return den_; }

 private:
  std::int64_t num_ = 0;
  std::int64_t den_ = 1;
};

}  // namespace itagen::ita
