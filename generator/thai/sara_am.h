// SARA AM (ำ, U+0E33) written as its two parts, NIKHAHIT + SARA AA (ํา, U+0E4D U+0E32).
// The Thai shaper draws ำ with those two glyphs anyway; the PDF engine maps each glyph back to
// the first text it drew it for, so once an ำ has been drawn every later า would be copied out
// of the PDF (and found by pdftotext or a search) as ำ. Written as two parts, each glyph maps to
// its own letter and the page looks the same. Its compatibility decomposition (NFKD) is this.
#pragma once

#include <string>
#include <string_view>

namespace itagen::thai {

std::string decompose_sara_am(std::string_view utf8);

}  // namespace itagen::thai
