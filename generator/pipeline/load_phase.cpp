// Re-parsing one page for the preview server's fast path.
#include "pipeline/load_phase.h"

#include <algorithm>

#include "content/parsers.h"

namespace itagen::pipeline {
namespace {

// The same pages, at the same paths: the route table does not change.
bool same_page(const content::PageRecord& a, const content::PageRecord& b) { return a.slug == b.slug && a.draft == b.draft; }

// What other pages and files show of a page: the home page lists titles, the navigation shows
// the titles of menu pages in their order, the feed shows titles and dates.
bool same_shown(const content::PageRecord& a, const content::PageRecord& b) {
  return a.title == b.title && a.date == b.date && a.weight == b.weight && a.menu == b.menu;
}

}  // namespace

std::optional<Reparsed> reparse_one_page(const fs::FileSystem& files, const std::string& path, const Build& previous,
                                         diag::DiagnosticSink& load_diags) {
  constexpr std::size_t kLargeFile = 1 << 20;  // load_site has its own size rules: let it apply them
  auto text = files.read(path);
  if (!text || text->size() > kLargeFile) return std::nullopt;
  diag::DiagnosticSink sink;
  auto page = content::parse_page(*text, path, sink);
  // Anything to report goes through a full load, so the messages come out as `build` gives them.
  if (!page || !sink.diagnostics().empty()) return std::nullopt;
  const auto& before = previous.model->content.pages;
  auto it = std::find_if(before.begin(), before.end(), [&](const content::PageRecord& p) { return p.source_path == path; });
  if (it == before.end() || !same_page(*it, *page)) return std::nullopt;
  Reparsed reparsed{previous.model->content, {static_cast<std::size_t>(it - before.begin()), !same_shown(*it, *page)}};
  reparsed.content.pages[reparsed.page.index] = std::move(*page);
  for (const auto& d : previous.load_diagnostics) {
    if (d.where.path != path) load_diags.report(d);
  }
  return reparsed;
}

}  // namespace itagen::pipeline
