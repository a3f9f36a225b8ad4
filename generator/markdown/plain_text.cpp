#include "markdown/plain_text.h"

#include <cmark-gfm.h>

#include <cstring>

namespace itagen::markdown {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

void append_break(std::string& out) {
  if (!out.empty() && out.back() != ' ') out += ' ';
}

void append_collapsed(std::string& out, const char* text) {
  if (!text) return;
  for (const char* p = text; *p; ++p) {
    if (is_space(*p)) {
      append_break(out);
    } else {
      out += *p;
    }
  }
}

// Inline nodes run on into their neighbours ("มาตร**การ**" is one word); every other node is a
// block (paragraphs, headings, list items, table cells of the GFM extension) and separates words.
bool is_inline(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
    case CMARK_NODE_EMPH:
    case CMARK_NODE_STRONG:
    case CMARK_NODE_LINK:
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_HTML_INLINE:
      return true;
    default:
      // Extension nodes: strikethrough is inline (<del>), the table's are blocks.
      return std::strcmp(cmark_node_get_type_string(node), "strikethrough") == 0;
  }
}

}  // namespace

void append_plain_text(cmark_node* doc, std::string& out) {
  cmark_iter* iter = cmark_iter_new(doc);
  int image_depth = 0;
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    const auto type = cmark_node_get_type(node);
    if (type == CMARK_NODE_IMAGE) {
      image_depth += event == CMARK_EVENT_ENTER ? 1 : -1;
      continue;
    }
    if (image_depth > 0) continue;
    switch (type) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
      case CMARK_NODE_CODE_BLOCK:
        if (type == CMARK_NODE_CODE_BLOCK) append_break(out);
        append_collapsed(out, cmark_node_get_literal(node));
        if (type == CMARK_NODE_CODE_BLOCK) append_break(out);
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        append_break(out);
        break;
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE:
        break;
      default:
        if (!is_inline(node)) append_break(out);
    }
  }
  cmark_iter_free(iter);
}

}  // namespace itagen::markdown
