// Re-parsing one page for the preview server's fast path.
#include "pipeline/load_phase.h"

#include <algorithm>

#include "content/parsers.h"

namespace itagen::pipeline {
namespace {

bool same_metadata(const content::PageRecord& a, const content::PageRecord& b) {
  return a.slug == b.slug && a.title == b.title && a.date == b.date && a.draft == b.draft && a.weight == b.weight &&
         a.menu == b.menu;
}

}  // namespace

std::optional<content::SiteContent> reparse_one_page(const fs::FileSystem& files, const std::string& path,
                                                     const Build& previous, diag::DiagnosticSink& load_diags) {
  constexpr std::size_t kLargeFile = 1 << 20;  // load_site has its own size rules: let it apply them
  auto text = files.read(path);
  if (!text || text->size() > kLargeFile) return std::nullopt;
  diag::DiagnosticSink sink;
  auto page = content::parse_page(*text, path, sink);
  // Anything to report goes through a full load, so the messages come out as `build` gives them.
  if (!page || !sink.diagnostics().empty()) return std::nullopt;
  content::SiteContent content = previous.model->content;
  auto it = std::find_if(content.pages.begin(), content.pages.end(),
                         [&](const content::PageRecord& p) { return p.source_path == path; });
  if (it == content.pages.end() || !same_metadata(*it, *page)) return std::nullopt;
  *it = std::move(*page);
  for (const auto& d : previous.load_diagnostics) {
    if (d.where.path != path) load_diags.report(d);
  }
  return content;
}

}  // namespace itagen::pipeline
