// Terminal column widths of UTF-8 text (text_width.h).
#include "cli/text_width.h"

namespace itagen::cli {
namespace {

// The code point starting at text[i] and its length in bytes (1 for a malformed byte).
char32_t decode(std::string_view text, std::size_t i, std::size_t* length) {
  unsigned char b = static_cast<unsigned char>(text[i]);
  int n = b < 0x80 ? 1 : b >> 5 == 6 ? 2 : b >> 4 == 14 ? 3 : b >> 3 == 30 ? 4 : 1;
  if (i + n > text.size()) n = 1;
  char32_t c = n == 1 ? b : b & (0x7F >> n);
  for (int k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  *length = static_cast<std::size_t>(n);
  return c;
}

// Thai marks drawn above or below the letter before them.
bool zero_width(char32_t c) {
  return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E) || (c >= 0x0300 && c <= 0x036F);
}

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0, n = 0; i < text.size(); i += n) width += zero_width(decode(text, i, &n)) ? 0 : 1;
  return width;
}

std::string pad(const std::string& text, std::size_t width) {
  std::size_t w = display_width(text);
  return w >= width ? text : text + std::string(width - w, ' ');
}

std::string fit(const std::string& text, std::size_t width) {
  if (display_width(text) <= width) return text;
  std::string out;
  std::size_t w = 0;
  for (std::size_t i = 0, n = 0; i < text.size(); i += n) {
    char32_t c = decode(text, i, &n);
    std::size_t cw = zero_width(c) ? 0 : 1;
    if (w + cw > width - 1) break;
    out.append(text, i, n);
    w += cw;
  }
  return out + "…";
}

}  // namespace itagen::cli
