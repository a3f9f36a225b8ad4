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

// The page before its digits are localised: the search index reads it in that form.
std::string render_page(const views::PageJob& job, const render::Theme& theme, const nlohmann::json& site) {
  nlohmann::json data = job.data();
  std::string body = theme.render(job.type, data, site);
  nlohmann::json layout{{"page", std::move(data["page"])}, {"content", std::move(body)}, {"type", job.type}};
  return theme.render("layout", layout, site);
}

// The 404 page, the search page itself and the preview's status page are not search results.
bool searchable(const views::PageJob& job) {
  return job.path != model::routes::not_found() && job.type != "search" && job.type != "status";
}

// Passes a reused page through to the real sink and keeps its bytes, so that a page the previous
// search index lacks is indexed too. Those bytes have localised digits; the index normalises
// digits, so its entries come out the same as from a fresh render.
class KeepingSink final : public output::OutputSink {
 public:
  explicit KeepingSink(output::OutputSink& sink) : sink_(sink) {}
  bool write(const std::string& path, std::string_view bytes) override {
    kept_.assign(bytes);
    return sink_.write(path, bytes);
  }
  const std::string& kept() const { return kept_; }

 private:
  output::OutputSink& sink_;
  std::string kept_;
};

}  // namespace

PageStats render_pages(const views::ViewContext& ctx, const nlohmann::json& site, const std::vector<views::PageJob>& jobs,
                       const render::Theme& theme, output::OutputSink& sink, search::IndexBuilder& search_index,
                       const Reuse& reuse, diag::DiagnosticSink& diags) {
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
  std::atomic<std::size_t> next{0};
  std::atomic<bool> write_failed{false};
  std::atomic<std::size_t> rendered{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < jobs.size(); i = next++) {
      const auto& job = jobs[i];
      if (reuse.page) {
        // A reused page's previous index entry is still right; without one, index its bytes.
        bool indexed = searchable(job);
        std::string url = indexed ? ctx.url(job.path) : std::string();
        auto entry = indexed ? search_index.previous_entry(url) : nullptr;
        if (!indexed || entry) {
          if (reuse.page(job, sink)) {
            if (entry) search_index.add_unchanged(std::move(entry));
            continue;
          }
        } else if (KeepingSink keeping(sink); reuse.page(job, keeping)) {
          search_index.add_page(std::move(url), keeping.kept());
          continue;
        }
      }
      ++rendered;
      std::string html = render_page(job, theme, site);
      if (searchable(job)) search_index.add_page(ctx.url(job.path), html);
      if (!sink.write(model::routes::output_file(job.path), thai::localize_html_digits(html, numerals))) {
        write_failed = true;
      }
    }
  };
  unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  stats.rendered = rendered;
  stats.ok = !write_failed;
  return stats;
}

}  // namespace itagen::pipeline
