// Incremental rebuild: load (or re-parse one page), assemble and check the whole model, then
// render only pages whose declared sources changed. A page without declared sources depends on
// everything and is always rendered; a change to site-wide data renders every page.
#include "build/incremental.h"

#include <algorithm>
#include <chrono>
#include <mutex>

#include "build/render_pages.h"
#include "content/loader.h"
#include "views/pages.h"

namespace itagen::build {
namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point& start) {
  auto now = Clock::now();
  double ms = std::chrono::duration<double, std::milli>(now - start).count();
  start = now;
  return ms;
}

bool same_metadata(const content::PageRecord& a, const content::PageRecord& b) {
  return a.slug == b.slug && a.title == b.title && a.date == b.date && a.draft == b.draft && a.weight == b.weight &&
         a.menu == b.menu;
}

// The previous content with one page parsed again; nullopt when that is not enough (the page
// is new, has problems to report, or its title, order or menu changed, which other pages show).
std::optional<content::SiteContent> reparse_one(const fs::FileSystem& files, const std::string& path,
                                                const MemoryBuild& previous, diag::DiagnosticSink& load_diags) {
  constexpr std::size_t kLargeFile = 1 << 20;  // load_site has its own size rules: let it apply them
  auto text = files.read(path);
  if (!text || text->size() > kLargeFile) return std::nullopt;
  diag::DiagnosticSink sink;
  auto page = content::parse_page(*text, path, sink);
  // Anything to report goes through a full load, so the messages come out as `build` gives them.
  if (!page || !sink.diagnostics().empty()) return std::nullopt;
  content::SiteContent content = previous.result.model->content;
  auto it = std::find_if(content.pages.begin(), content.pages.end(),
                         [&](const content::PageRecord& p) { return p.source_path == path; });
  if (it == content.pages.end() || !same_metadata(*it, *page)) return std::nullopt;
  *it = std::move(*page);
  for (const auto& d : previous.load_diagnostics) {
    if (d.where.path != path) load_diags.report(d);
  }
  return content;
}

// Collects the output; a reused file is shared with the previous build rather than copied.
class SharingSink final : public output::OutputSink {
 public:
  bool write(const std::string& path, std::string_view bytes) override {
    auto shared = std::make_shared<const std::string>(bytes);
    std::lock_guard lock(mutex_);
    files_[path] = std::move(shared);
    return true;
  }
  void share(const std::string& path, std::shared_ptr<const std::string> bytes) {
    std::lock_guard lock(mutex_);
    files_[path] = std::move(bytes);
  }
  OutputFiles take() { return std::move(files_); }

 private:
  std::mutex mutex_;
  OutputFiles files_;
};

bool disjoint(const std::set<std::string>& a, const std::set<std::string>& b) {
  return std::none_of(a.begin(), a.end(), [&](const std::string& x) { return b.count(x) > 0; });
}

}  // namespace

MemoryBuild build_in_memory(const fs::FileSystem& files, const Options& options, const Scope& scope,
                            const MemoryBuild* previous, diag::DiagnosticSink& diags) {
  MemoryBuild out;
  Result& result = out.result;
  bool everything = scope.everything || !previous || !previous->result.ok;
  auto start = Clock::now();

  diag::DiagnosticSink load_diags;
  std::optional<content::SiteContent> content;
  if (!everything && !scope.reparse_page.empty()) content = reparse_one(files, scope.reparse_page, *previous, load_diags);
  out.reparsed_only = content.has_value();
  if (!content) {
    load_diags = {};
    content = content::load_site(files, load_diags);
    if (!options.base_url.empty()) {
      content->site.base_url = options.base_url;
      if (content->site.base_url.back() != '/') content->site.base_url += '/';
    }
  }
  out.load_diagnostics = load_diags.diagnostics();
  for (const auto& d : load_diags.diagnostics()) diags.report(d);
  result.timings.push_back({out.reparsed_only ? "load (1 page)" : "load", ms_since(start)});
  if (load_diags.has_errors()) return out;

  std::shared_ptr<const model::SiteModel> model = model::assemble(std::move(*content), diags);
  result.timings.push_back({"assemble+check", ms_since(start)});
  bool theme_changed = everything || std::any_of(scope.changed.begin(), scope.changed.end(), [](const std::string& p) {
                         return p.rfind("themes/", 0) == 0;
                       });
  if (theme_changed) {
    auto theme = render::Theme::load(files, model->content.site.theme, diags);
    if (theme) out.theme = std::make_shared<const render::Theme>(std::move(*theme));
  } else {
    out.theme = previous->theme;
  }
  result.timings.push_back({"theme", ms_since(start)});
  if (diags.has_errors() || !out.theme) return out;
  result.model = model;

  views::ViewContext ctx(*model, model->content.site.base_url);
  out.site_data = views::site_data(ctx).dump();
  for (const auto& nav : ctx.navigation()) out.site_data += "\n" + nav.section + "\t" + nav.title + "\t" + nav.path;
  everything = everything || out.site_data != previous->site_data;

  SharingSink sink;
  // Shares a file of the previous build into the sink (copies it into a wrapping one).
  auto reuse_previous = [&](const std::string& path, output::OutputSink& to) {
    auto it = previous->output->find(path);
    if (it == previous->output->end()) return false;
    if (&to != &sink) return to.write(it->first, *it->second);
    sink.share(it->first, it->second);
    return true;
  };
  Reuse reuse;
  // The previous index serves even a full render: pages whose text is the same keep their entries.
  if (previous) reuse.search_index = previous->search_index;
  if (!everything) {
    reuse.page = [&](const views::PageJob& job, output::OutputSink& to) {
      return !job.sources.empty() && disjoint(job.sources, scope.changed) && reuse_previous(output_path_for(job.path), to);
    };
  }
  // Only a page's body changed: no other file reads it.
  if (!everything && out.reparsed_only) reuse.file = reuse_previous;
  RenderStats stats = render_site(*model, *out.theme, files, sink, diags, reuse);
  result.timings.push_back({"render+write", ms_since(start)});
  result.pages = stats.pages;
  result.files = stats.files;
  out.rendered = stats.rendered;
  result.ok = !diags.has_errors() && stats.ok;
  if (result.ok) {
    out.output = std::make_shared<const OutputFiles>(sink.take());
    out.search_index = std::move(stats.search_index);
  }
  return out;
}

}  // namespace itagen::build
