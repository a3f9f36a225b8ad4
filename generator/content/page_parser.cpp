// content/pages/**.md: free pages. The path names the page: pages/about/contact.md is
// /about/contact/, and pages/about/index.md is /about/.
#include <array>

#include "content/parsers.h"
#include "content/field_readers.h"
#include "content/text_checks.h"
#include "i18n/translate.h"

namespace itagen::content {
namespace {

using namespace detail;

// First path segments the generator writes itself; a page there would overwrite them.
constexpr std::array<std::string_view, 10> kReserved = {"ita",    "oit",    "measures", "no-gift", "reports",
                                                        "committee", "report", "data",     "search",  "assets"};

std::optional<std::string> slug_of(const std::string& path, diag::DiagnosticSink& sink) {
  std::string slug = path;
  for (std::string_view prefix : {"content/pages/", "pages/"}) {
    if (slug.rfind(prefix, 0) == 0) {
      slug = slug.substr(prefix.size());
      break;
    }
  }
  if (slug.size() > 3 && slug.compare(slug.size() - 3, 3, ".md") == 0) slug.resize(slug.size() - 3);
  if (slug == "index") {
    sink.error({path, 1, 1}, i18n::tr("page '{0}' would replace the home page", path),
               i18n::tr("rename it, such as content/pages/about.md"));
    return std::nullopt;
  }
  if (slug.size() > 6 && slug.compare(slug.size() - 6, 6, "/index") == 0) slug.resize(slug.size() - 6);
  std::string first = slug.substr(0, slug.find('/'));
  for (auto reserved : kReserved) {
    if (first == reserved) {
      sink.error({path, 1, 1}, i18n::tr("page '{0}' collides with the generated section '{1}'", slug, first),
                 i18n::tr("move the file to another folder or give it another name"));
      return std::nullopt;
    }
  }
  return slug;
}

const std::vector<std::string> kPageKeys = {"title", "date", "draft", "weight", "menu"};

void read_page(Reader& r, Fields& f, PageRecord& page) {
  page.where = f.where();
  page.title = f.text("title", Need::kRequired);
  page.date = as_date(r, f.value("date"));
  page.draft = as_bool(r, f.value("draft")).value_or(false);
  page.weight = as_int(r, f.value("weight")).value_or(0);
  page.menu = f.text("menu");
}

}  // namespace

std::optional<PageRecord> parse_page(std::string_view text, const std::string& path, diag::DiagnosticSink& sink) {
  auto slug = slug_of(path, sink);
  if (!slug) return std::nullopt;
  if (!check_encoding(text, path, 0, sink)) return std::nullopt;
  auto fm = split_front_matter(text, path, sink);
  if (!fm) return std::nullopt;
  PageRecord page;
  page.source_path = path;
  page.slug = *slug;
  Reader r(path, fm->yaml_first_line - 1, sink);
  bool ok = guarded(r, [&]() -> bool {
    if (auto flat = flat_front_matter(fm->yaml, r)) {
      Fields f(r, std::move(*flat), kPageKeys);
      read_page(r, f, page);
      return true;
    }
    auto doc = load_yaml(fm->yaml, r, false);
    if (!doc) return false;
    auto map = front_matter_map(*doc, r);
    if (!map) return false;
    Fields f(r, *map, kPageKeys);
    read_page(r, f, page);
    return true;
  });
  if (!ok) return std::nullopt;
  page.body = Markdown{fm->body, {path, fm->body_first_line, 1}};
  return page;
}

}  // namespace itagen::content
