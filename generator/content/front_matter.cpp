// Splitting a Markdown file into its front matter (between --- lines) and its body.
#include "content/parsers.h"
#include "i18n/translate.h"

namespace itagen::content {
namespace {

// A fence is a line holding only ---, tolerating trailing blanks and a CR (CRLF files).
bool is_fence(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
    line.remove_suffix(1);
  }
  return line == "---";
}

}  // namespace

std::optional<FrontMatter> split_front_matter(std::string_view text, const std::string& path,
                                              diag::DiagnosticSink& sink) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::size_t first_end = text.find('\n');
  if (!is_fence(text.substr(0, first_end))) {
    sink.error(
        {path, 1, 1}, i18n::tr("missing front matter"),
        i18n::tr("start the file with a line holding only ---, then fields such as 'title: ...', then another ---"));
    return std::nullopt;
  }
  if (first_end != std::string_view::npos) {
    std::size_t yaml_start = first_end + 1;
    std::size_t pos = yaml_start;
    int line = 2;
    while (pos < text.size()) {
      std::size_t end = text.find('\n', pos);
      if (is_fence(text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos))) {
        FrontMatter fm;
        fm.yaml = std::string(text.substr(yaml_start, pos - yaml_start));
        fm.yaml_first_line = 2;
        fm.body = end == std::string_view::npos ? std::string() : std::string(text.substr(end + 1));
        fm.body_first_line = line + 1;
        return fm;
      }
      if (end == std::string_view::npos) break;
      pos = end + 1;
      ++line;
    }
  }
  sink.error({path, 1, 1}, i18n::tr("unclosed front matter"), i18n::tr("close it with a line holding only ---"));
  return std::nullopt;
}

}  // namespace itagen::content
