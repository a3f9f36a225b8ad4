// Renders each page (body template inside the layout), indexes it for search, localises its
// digits, and writes it. A few worker threads take pages in turn.
#include "pipeline/render_pages.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "model/routes.h"
#include "thai/numerals.h"
#include "i18n/translate.h"

namespace itagen::pipeline {
namespace {

struct RenderedPage {
  std::string html;          // before its digits are localised: the search index reads it in that form
  nlohmann::json search;     // the page's text from the model (views/pages.h), or null
  std::string title;
};

RenderedPage render_page(const views::PageJob& job, const render::Theme& theme, const nlohmann::json& site) {
  RenderedPage page;
  nlohmann::json data = job.data();
  if (auto it = data.find(views::search_text_key); it != data.end()) {
    page.search = std::move(*it);
    data.erase(it);
    page.title = data["page"].value("title", "");
  }
  std::string body = theme.render(job.type, data, site);
  nlohmann::json layout{{"page", std::move(data["page"])}, {"content", std::move(body)}, {"type", job.type}};
  page.html = theme.render("layout", layout, site);
  return page;
}

void index_page(search::IndexBuilder& index, std::string url, RenderedPage& page) {
  if (page.search.is_object()) {
    index.add_page_text(std::move(url), std::move(page.title), page.search.value("text", ""),
                        page.search.value("more", ""));
  } else {
    index.add_page(std::move(url), page.html);
  }
}

// The 404 page, the search page itself and the preview's status page are not search results.
bool searchable(const views::PageJob& job) {
  return job.path != model::routes::not_found() && job.type != "search" && job.type != "status";
}

// Hands on the previous build's output of a page whose sources did not change. A reused page's
// previous index entry is still right. A page the previous index lacks is rendered afresh: its
// entry may come from its model text, which its bytes lack.
bool reuse_page(const views::PageJob& job, const views::ViewContext& ctx, search::IndexBuilder& search_index,
                const Reuse& reuse, output::OutputSink& sink) {
  if (reuse.previous_in_sink) return reuse.page(job, sink);  // the index keeps every previous entry
  bool indexed = searchable(job);
  auto entry = indexed ? search_index.previous_entry(ctx.url(job.path)) : nullptr;
  if ((indexed && !entry) || !reuse.page(job, sink)) return false;
  if (entry) search_index.add_unchanged(std::move(entry));
  return true;
}

}  // namespace

PageStats render_pages(const views::ViewContext& ctx, const nlohmann::json& site, std::span<const views::PageJob> jobs,
                       const render::Theme& theme, output::OutputSink& sink, search::IndexBuilder& search_index,
                       const Reuse& reuse, diag::DiagnosticSink& diags, const PageWritten& written) {
  PageStats stats;
  const auto& site_config = ctx.site();
  for (const auto& job : jobs) {
    if (!theme.has_template(job.type)) {
      diags.error({"themes/" + site_config.theme + "/templates/" + job.type + ".mustache", 0, 0},
                  i18n::tr("the theme has no template for page type '{0}'", job.type),
                  i18n::tr("copy it from the default theme"));
      stats.ok = false;
      return stats;
    }
  }
  const auto numerals = site_config.numerals;
  // Pages the previous build can hand on are taken first, in this thread: each is a lookup and
  // a shared pointer, which the render threads would only queue for at the sink's lock.
  std::vector<std::size_t> to_render;
  to_render.reserve(reuse.page ? 16 : jobs.size());
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    if (!reuse.page || !reuse_page(jobs[i], ctx, search_index, reuse, sink)) to_render.push_back(i);
  }
  std::atomic<std::size_t> next{0};
  std::atomic<bool> write_failed{false};
  auto worker = [&] {
    for (std::size_t n = next++; n < to_render.size(); n = next++) {
      const auto& job = jobs[to_render[n]];
      RenderedPage page = render_page(job, theme, site);
      if (searchable(job)) index_page(search_index, ctx.url(job.path), page);
      if (!sink.write_owned(model::routes::output_file(job.path), thai::localize_html_digits(page.html, numerals))) {
        write_failed = true;
      }
      if (written) written(job);
    }
  };
  const std::size_t threads = std::min<std::size_t>(std::clamp(std::thread::hardware_concurrency(), 1u, 8u),
                                                    std::max<std::size_t>(to_render.size(), 1));
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  stats.rendered = to_render.size();
  stats.ok = !write_failed;
  return stats;
}

}  // namespace itagen::pipeline
