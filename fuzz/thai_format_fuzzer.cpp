// Fuzzes Thai number and date formatting: the first byte picks localize_html_digits,
// localize_digits/arabic_digits, parse_date (then every formatter of the date) or Score::parse
// (then its printers, which must read back as the same score).
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz_support.h"
#include "ita/decimal.h"
#include "thai/dates.h"
#include "thai/numerals.h"

using namespace itagen;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::uint8_t selector;
  if (!fuzz::take_selector(data, size, selector)) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  switch (selector % 4) {
    case 0: {
      std::string html = thai::localize_html_digits(text, thai::Numerals::kThai);
      // Only digits change, so going back gives the input whenever it had no Thai digits.
      if (text.find("\xE0\xB9") == std::string_view::npos && thai::arabic_digits(html) != text) std::abort();
      if (thai::localize_html_digits(text, thai::Numerals::kArabic) != text) std::abort();
      break;
    }
    case 1: {
      std::string thai_text = thai::localize_digits(text, thai::Numerals::kThai);
      (void)thai::arabic_digits(thai_text);
      (void)thai::arabic_digits(text);
      break;
    }
    case 2: {
      std::string why;
      auto d = thai::parse_date(text, &why);
      if (!d) {
        if (why.empty()) std::abort();
        break;
      }
      if (!thai::is_valid_date(d->year, d->month, d->day)) std::abort();
      std::string iso = thai::iso_date(*d);
      auto again = thai::parse_date(iso);
      // A CE year below 2400 reads back as itself; one of 2400 or more would be taken as BE.
      if (d->year < thai::kFirstBuddhistEraYear && d->year > 0 && (!again || *again != *d)) std::abort();
      (void)thai::thai_long_date(*d, thai::Numerals::kThai);
      (void)thai::thai_short_date(*d, thai::Numerals::kArabic);
      int fy = thai::fiscal_year_of(*d);
      if (thai::fiscal_year_start(fy) > *d || thai::fiscal_year_end(fy) < *d) std::abort();
      (void)thai::to_be_year(d->year);
      break;
    }
    case 3: {
      std::string why;
      auto s = ita::Score::parse(text, &why);
      if (!s) {
        if (why.empty()) std::abort();
        break;
      }
      auto back = ita::Score::parse(s->to_string());
      if (!back || *back != *s) std::abort();
      (void)s->to_signed_string();
      (void)s->abs();
      (void)ita::Fraction::of(*s).round();
      break;
    }
  }
  return 0;
}
