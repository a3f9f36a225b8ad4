// Markdown to HTML with cmark-gfm (GitHub flavour: tables, autolinks, strikethrough).
// Safe by default: raw HTML is dropped and javascript:/vbscript:/file:/data: links are
// neutralised unless the site opts in with unsafe_html. Tables use style attributes, not the
// obsolete align attribute (WCAG tools flag it).
#pragma once

#include <string>
#include <string_view>

namespace itagen::markdown {

struct Options {
  bool unsafe_html = false;
};

std::string to_html(std::string_view source, const Options& options);

// The HTML and, from the same parse, the text a reader sees (markdown/plain_text.h).
struct Rendered {
  std::string html;
  std::string text;
};
Rendered render(std::string_view source, const Options& options);

// For short one-paragraph fields: the HTML without the surrounding <p>...</p>.
std::string to_inline_html(std::string_view source, const Options& options);

}  // namespace itagen::markdown
