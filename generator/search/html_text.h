// The searchable text of a rendered page: what a reader sees in its <main> element, without the
// site's header, navigation and footer (the same on every page, so they would match everything).
#pragma once

#include <string>
#include <string_view>

namespace itagen::search {

struct PageText {
  std::string title;  // the first <h1> in <main>; the <title> element when there is none
  std::string text;   // the rest of <main>'s visible text, headings included, spaces collapsed
};

// Reads HTML as the generator writes it (well-formed, escaped by the template engine). Inside
// <main>, skips nav, script, style, template, svg, noscript, button and comments; character
// references are decoded; block elements separate words, inline ones (a, strong, ...) do not.
PageText extract_page_text(std::string_view html);

}  // namespace itagen::search
