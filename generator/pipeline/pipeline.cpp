// The phases of a build, in order, with their timings. An incremental build (the preview
// server's) differs only in what it may take from the previous build: the content of pages
// that did not change, the theme, and the bytes of pages whose sources did not change.
#include "pipeline/pipeline.h"

#include <algorithm>
#include <chrono>
#include <future>
#include <span>
#include <thread>

#include "content/criteria_set.h"
#include "content/parsers.h"
#include "content/load_site.h"
#include "pipeline/companion_files.h"
#include "pipeline/documents.h"
#include "pipeline/load_phase.h"
#include "markdown/parallel_render.h"
#include "pipeline/render_pages.h"
#include "model/readiness.h"
#include "views/pages.h"
#include "views/readiness_views.h"

namespace itagen::pipeline {
namespace {

class PhaseTimer {
 public:
  explicit PhaseTimer(std::vector<PhaseTime>& out) : out_(out) {}
  void done(const char* phase) {
    auto now = std::chrono::steady_clock::now();
    out_.push_back({phase, std::chrono::duration<double, std::milli>(now - start_).count()});
    start_ = now;
  }

 private:
  std::vector<PhaseTime>& out_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

bool disjoint(const std::set<std::string>& a, const std::set<std::string>& b) {
  return std::none_of(a.begin(), a.end(), [&](const std::string& x) { return b.count(x) > 0; });
}

bool touches_theme(const Scope& scope) {
  return std::any_of(scope.changed.begin(), scope.changed.end(),
                     [](const std::string& p) { return p.rfind("themes/", 0) == 0; });
}

// The theme, compiled on a thread of its own from the name site.yaml gives, read ahead of the
// content. Its messages are kept to be reported after the model's, where they belong in order.
class ThemeLoad {
 public:
  explicit ThemeLoad(const fs::FileSystem& files) : files_(files) {
    content::SiteConfig site;  // the default theme, when site.yaml has problems (reported by the load)
    const std::string path = "content/site.yaml";
    if (auto text = files.read(path)) {
      diag::DiagnosticSink ignored;  // the content's load reports them
      if (auto parsed = content::parse_site_config(*text, path, ignored)) site = std::move(*parsed);
    }
    name_ = site.theme;
    where_ = site.theme_where;
    loading_ = std::async(std::launch::async, [this] { return load(name_, where_, diags_); });
  }

  // The theme the loaded content names (loaded again here in the rare case that it is not the
  // one site.yaml named when it was read ahead: the file changed in between).
  std::shared_ptr<const render::Theme> get(const content::SiteConfig& site, diag::DiagnosticSink& diags) {
    auto theme = loading_.get();
    if (site.theme != name_ || site.theme_where != where_) return load(site.theme, site.theme_where, diags);
    for (const auto& d : diags_.diagnostics()) diags.report(d);
    return theme;
  }

 private:
  std::shared_ptr<const render::Theme> load(const std::string& name, const diag::SourceLocation& where,
                                            diag::DiagnosticSink& diags) const {
    auto loaded = render::Theme::load(files_, name, diags, where);
    return loaded ? std::make_shared<const render::Theme>(std::move(*loaded)) : nullptr;
  }

  const fs::FileSystem& files_;
  std::string name_;
  diag::SourceLocation where_;
  diag::DiagnosticSink diags_;
  std::future<std::shared_ptr<const render::Theme>> loading_;
};

// Load: the whole content, or the previous content with one page parsed again.
std::optional<content::SiteContent> load(const fs::FileSystem& files, const Options& options, bool everything,
                                         const Incremental& incremental, Build& build, diag::DiagnosticSink& diags) {
  std::optional<content::SiteContent> content;
  if (!everything && !incremental.scope.reparse_page.empty()) {
    diag::DiagnosticSink reparse_diags;
    if (auto reparsed = reparse_one_page(files, incremental.scope.reparse_page, *incremental.previous, reparse_diags)) {
      for (const auto& d : reparse_diags.diagnostics()) diags.report(d);
      build.load_diagnostics = reparse_diags.diagnostics();
      build.reparsed = reparsed->page;
      return std::move(reparsed->content);  // the previous content already has the base_url override
    }
  }
  std::size_t first = diags.diagnostics().size();
  content = content::load_site(files, diags);
  build.load_diagnostics.assign(diags.diagnostics().begin() + static_cast<std::ptrdiff_t>(first),
                                diags.diagnostics().end());
  for (const auto& d : build.load_diagnostics) {
    if (d.severity == diag::Severity::kError) content->unreadable.insert(d.where.path);
  }
  if (!options.base_url.empty()) {
    content->site.base_url = options.base_url;
    if (content->site.base_url.back() != '/') content->site.base_url += '/';
  }
  return content;
}

// What the render phase may take from the previous build.
Reuse reuse_for(const Incremental& incremental, bool everything, const std::optional<ReparsedPage>& reparsed) {
  Reuse reuse;
  if (!incremental.previous) return reuse;
  // The previous index serves even a full render: pages whose text is the same keep their entries.
  reuse.search_index = incremental.previous->search_index;
  if (everything) return reuse;
  const Incremental* inc = &incremental;
  reuse.page = [inc](const views::PageJob& job, output::OutputSink& to) {
    return !job.sources.empty() && disjoint(job.sources, inc->scope.changed) &&
           inc->copy_previous(model::routes::output_file(job.path), to);
  };
  if (!reparsed) return reuse;
  // Only one page changed, and the site has the same pages and files. No other file shows its
  // body; the feed shows its title and date. Taking the previous files all at once spares a
  // lookup per file (the preview of a site of 10,000 pages).
  const bool feed_changed = reparsed->shown_changed;
  auto unchanged = [feed_changed](const std::string& path) { return !(feed_changed && path == model::routes::feed()); };
  if (incremental.copy_all_previous && incremental.copy_all_previous()) {
    reuse.previous_in_sink = true;
    reuse.page = [inc](const views::PageJob& job, output::OutputSink&) {
      return !job.sources.empty() && disjoint(job.sources, inc->scope.changed);
    };
    reuse.file = [unchanged](const std::string& path, output::OutputSink&) { return unchanged(path); };
  } else {
    reuse.file = [inc, unchanged](const std::string& path, output::OutputSink& to) {
      return unchanged(path) && inc->copy_previous(path, to);
    };
  }
  return reuse;
}

// The free pages' Markdown bodies, the bulk of a large site's Markdown, in route order.
struct Bodies {
  std::vector<const content::Markdown*> markdown;
  std::vector<std::string_view> sources;
  std::vector<std::size_t> first_of_route;  // per route: how many bodies come before it
};

Bodies free_page_bodies(const model::SiteModel& model) {
  Bodies bodies;
  for (const auto& route : model.routes) {
    bodies.first_of_route.push_back(bodies.sources.size());
    if (route.kind != model::routes::PageKind::kFreePage) continue;
    const content::Markdown& body = model.content.pages[route.index].body;
    if (body.empty()) continue;
    bodies.markdown.push_back(&body);
    bodies.sources.push_back(body.source);
  }
  bodies.first_of_route.push_back(bodies.sources.size());
  return bodies;
}

// The feed's entries: the previous build's when the one page parsed again shows the same title
// and date, patched when they changed, made from the model otherwise.
std::shared_ptr<const views::Feed> feed_for(const views::ViewContext& ctx, const Build* previous,
                                            const std::optional<ReparsedPage>& reparsed) {
  if (previous && previous->feed && reparsed) {
    if (!reparsed->shown_changed) return previous->feed;
    const auto& before = previous->model->content.pages[reparsed->index];
    const auto& after = ctx.model().content.pages[reparsed->index];
    if (auto patched = views::patch_feed(*previous->feed, before, after)) {
      return std::make_shared<const views::Feed>(std::move(*patched));
    }
  }
  return std::make_shared<const views::Feed>(views::feed_of(ctx));
}

// Pages per batch: a batch's bodies are taken from the workers before its pages render, and
// held until they are written (about 25 MB for 2,048 typical pages).
constexpr std::size_t kBatchPages = 2048;

// render_pages, with the free pages' Markdown rendered by worker processes on every core
// (markdown/parallel_render.h) when there are workers for it and the whole site is rendered;
// an incremental preview renders a few pages in its threads.
PageStats render_site_pages(views::ViewContext& ctx, const nlohmann::json& site, const std::vector<views::PageJob>& jobs,
                            const render::Theme& theme, output::OutputSink& sink, search::IndexBuilder& search_index,
                            const Reuse& reuse, diag::DiagnosticSink& diags, unsigned workers, const PageWritten& written) {
  if (reuse.page || workers <= 1) return render_pages(ctx, site, jobs, theme, sink, search_index, reuse, diags, written);
  Bodies bodies = free_page_bodies(ctx.model());  // one job per route, in the same order
  markdown::RenderWorkers rendering(bodies.sources, ctx.body_markdown_options(), workers);
  PageStats total;
  for (std::size_t start = 0; start < jobs.size(); start += kBatchPages) {
    const std::size_t count = std::min(kBatchPages, jobs.size() - start);
    const std::size_t first = bodies.first_of_route[start], last = bodies.first_of_route[start + count];
    std::vector<markdown::Rendered> rendered = rendering.take(first, last);
    std::unordered_map<const content::Markdown*, markdown::Rendered> table;
    table.reserve(rendered.size());
    for (std::size_t i = first; i < last; ++i) table.emplace(bodies.markdown[i], std::move(rendered[i - first]));
    ctx.use_prerendered(std::move(table));
    PageStats batch =
        render_pages(ctx, site, std::span(jobs).subspan(start, count), theme, sink, search_index, reuse, diags, written);
    total.rendered += batch.rendered;
    total.ok = total.ok && batch.ok;
    if (!batch.ok && diags.has_errors()) break;
  }
  ctx.use_prerendered({});
  return total;
}

// For a build that renders every page once (`build`): lets go of a free page's Markdown once its
// page is written, which nothing reads afterwards. A site of 100,000 pages holds 300 MB of it,
// which is then free before the search index is finished, the build's peak of memory.
PageWritten release_free_page_sources(model::SiteModel& model, const std::vector<views::PageJob>& jobs) {
  return [&model, &jobs](const views::PageJob& job) {
    const auto& route = model.routes[static_cast<std::size_t>(&job - jobs.data())];  // one job per route, in order
    if (route.kind == model::routes::PageKind::kFreePage) model.content.pages[route.index].body.source = {};
  };
}

// The preview's /_status/ page: rendered like any page, but in no sitemap, feed or search index.
bool write_status_page(const views::ViewContext& ctx, const nlohmann::json& site, const render::Theme& theme,
                       output::OutputSink& sink, const thai::Date& today, diag::DiagnosticSink& diags) {
  const int year = model::latest_content_year(ctx.model());
  if (!year) return true;
  model::Readiness readiness = model::readiness_for(ctx.model(), year, today);
  std::vector<views::PageJob> jobs{views::status_job(ctx, readiness, today)};
  search::IndexBuilder unused(ctx.site().numerals);
  return render_pages(ctx, site, jobs, theme, sink, unused, Reuse{}, diags).ok;
}

}  // namespace

Build run(const fs::FileSystem& files, output::OutputSink* sink, const Options& options, diag::DiagnosticSink& diags,
          const Incremental& incremental) {
  Build build;
  PhaseTimer timer(build.timings);
  const Build* previous = incremental.previous && incremental.previous->ok ? incremental.previous : nullptr;
  bool everything = !previous || incremental.scope.everything;

  // While the content loads, other cores parse the shipped criteria (once per process) and
  // compile the theme: together they took a third of the example site's build.
  std::jthread shipped_criteria(content::CriteriaSet::prepare_shipped);
  std::optional<ThemeLoad> theme;
  if (everything || touches_theme(incremental.scope)) theme.emplace(files);
  std::optional<content::SiteContent> content = load(files, options, everything, incremental, build, diags);
  timer.done(build.reparsed ? "load (1 page)" : "load");
  // The checks run even when some files could not be read, so that one run reports every
  // problem (a file that failed to load is simply absent from what they see).

  shipped_criteria.join();
  std::unique_ptr<model::SiteModel> assembled = model::assemble(std::move(*content), diags);
  model::SiteModel& own_model = *assembled;  // the pages' sources are let go after rendering (`build`)
  std::shared_ptr<const model::SiteModel> model = std::move(assembled);
  timer.done("assemble+check");
  build.model = model;  // `status` reads it even when the checks found errors; ok says whether it is sound
  build.theme = theme ? theme->get(model->content.site, diags) : previous->theme;
  timer.done("theme");
  // A missing PDF engine is reported with the content's problems, before anything is written.
  if (options.render && !options.documents_on_request && !model->documents.empty()) {
    check_pdf_engine(model->content.site, diags);
  }
  if (diags.has_errors() || !build.theme) return build;
  if (!options.render) {
    build.ok = true;
    return build;
  }

  views::ViewContext ctx(*model);
  const std::vector<views::PageJob> jobs = views::site_pages(ctx);
  const nlohmann::json site = views::site_data(ctx);
  build.site_data = site.dump();
  for (const auto& nav : ctx.navigation()) build.site_data += "\n" + nav.section + "\t" + nav.title + "\t" + nav.path;
  // Site-wide data shows on every page: when it changed, nothing can be reused.
  everything = everything || build.site_data != previous->site_data;
  Reuse reuse = reuse_for(incremental, everything, build.reparsed);

  search::IndexBuilder search_index(model->content.site.numerals, reuse.search_index);
  if (reuse.previous_in_sink) search_index.keep_previous_entries();
  const PageWritten written = options.release_page_sources ? release_free_page_sources(own_model, jobs) : nullptr;
  PageStats pages = render_site_pages(ctx, site, jobs, *build.theme, *sink, search_index, reuse, diags,
                                      options.markdown_workers, written);
  if (!pages.ok && diags.has_errors()) return build;
  if (options.status_page_date) pages.ok = write_status_page(ctx, site, *build.theme, *sink, *options.status_page_date, diags) && pages.ok;
  FileWriter writer(*sink, reuse);
  copy_static_files(*model, *build.theme, files, writer);
  build.feed = feed_for(ctx, previous, build.reparsed);
  write_companion_files(ctx, jobs, *build.feed, writer);
  build.search_index = search_index.index();
  write_search_index(build.search_index, writer);
  timer.done("render+write");

  bool documents_ok = true;
  std::size_t documents = 0;
  if (!model->documents.empty()) {
    auto set = std::make_shared<const DocumentSet>(model, build.theme, site, files);
    build.documents = set;
    if (!options.documents_on_request) {
      documents_ok = set->print_all(*sink, diags);
      documents = model->documents.size();
      timer.done("documents");
    }
  }

  build.pages = jobs.size();
  build.rendered = pages.rendered;
  build.files = writer.files() + jobs.size() + documents;
  build.ok = !diags.has_errors() && pages.ok && !writer.failed() && documents_ok;
  return build;
}

}  // namespace itagen::pipeline
