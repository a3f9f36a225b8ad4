// cmark-gfm wrapper. A parser per call: cmark parsers are not shareable across threads, and
// creating one is cheap next to parsing.
#include "markdown/markdown.h"

#include "markdown/plain_text.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>
#include <mutex>

namespace itagen::markdown {
namespace {

constexpr const char* kExtensions[] = {"table", "strikethrough", "autolink", "tagfilter"};

// cmark-gfm keeps the extensions' inline trigger characters ('~' of strikethrough, ':' and
// 'w' of autolink) in one process-wide table: each parse adds them before its inline pass and
// clears them after (the table extension does the same per row, while feeding). Two parses at
// once make each other miss "~~old~~" or a link at random, and builds stop being
// byte-identical. Parsing is serialised; rendering, which reads no shared state, is not.
std::mutex& parse_mutex() {
  static std::mutex mutex;
  return mutex;
}

void ensure_extensions_registered() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

// Parses source; with text, also collects the visible text (markdown/plain_text.h).
Rendered parse_and_render(std::string_view source, const Options& options, bool with_text) {
  ensure_extensions_registered();
  int flags = CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES;
  if (options.unsafe_html) flags |= CMARK_OPT_UNSAFE;
  std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)> parser(cmark_parser_new(flags), cmark_parser_free);
  for (const char* name : kExtensions) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
  }
  std::unique_ptr<cmark_node, decltype(&cmark_node_free)> doc(nullptr, cmark_node_free);
  {
    std::lock_guard<std::mutex> lock(parse_mutex());
    cmark_parser_feed(parser.get(), source.data(), source.size());
    doc.reset(cmark_parser_finish(parser.get()));
  }
  char* html = cmark_render_html(doc.get(), flags, cmark_parser_get_syntax_extensions(parser.get()));
  Rendered result{html ? html : "", {}};
  std::free(html);
  if (with_text) append_plain_text(doc.get(), result.text);
  while (!result.text.empty() && result.text.back() == ' ') result.text.pop_back();
  if (!result.text.empty() && result.text.front() == ' ') result.text.erase(0, 1);
  return result;
}

}  // namespace

std::string to_html(std::string_view source, const Options& options) {
  return parse_and_render(source, options, false).html;
}

Rendered render(std::string_view source, const Options& options) { return parse_and_render(source, options, true); }

std::string to_inline_html(std::string_view source, const Options& options) {
  std::string html = to_html(source, options);
  while (!html.empty() && html.back() == '\n') html.pop_back();
  if (html.rfind("<p>", 0) == 0 && html.size() >= 7 && html.compare(html.size() - 4, 4, "</p>") == 0 &&
      html.find("<p>", 3) == std::string::npos) {
    return html.substr(3, html.size() - 7);
  }
  return html;
}

}  // namespace itagen::markdown
