// Aligning text in a terminal: Thai vowels and tone marks above and below a letter take no
// column of their own, so widths are counted in the columns a terminal shows.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace itagen::cli {

std::size_t display_width(std::string_view utf8);
// text padded with spaces to width columns (unchanged when wider).
std::string pad(const std::string& text, std::size_t width);
// text cut to at most width columns, ending with "…" when cut.
std::string fit(const std::string& text, std::size_t width);

}  // namespace itagen::cli
