// The text a reader sees in rendered Markdown, taken from the cmark tree of the same parse that
// makes the HTML: the search index reads it instead of parsing the HTML back.
#pragma once

#include <string>

struct cmark_node;

namespace itagen::markdown {

// Appends the visible text of doc: text and code, a space between blocks and at line breaks,
// runs of white space as one space; an image's alternative text and raw HTML are left out (the
// browser does not show them as text either).
void append_plain_text(cmark_node* doc, std::string& out);

}  // namespace itagen::markdown
