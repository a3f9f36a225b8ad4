// Renders each planned page (body template inside the layout), indexes it for search, localises
// digits, and writes it; then the static files, theme assets and companion files (sitemap,
// feed, data, search index).
// Pages are rendered by a few worker threads; each page is written as soon as it is rendered,
// so memory stays flat however large the site.
#include "build/render_pages.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "build/pipeline.h"
#include "output/site_files.h"
#include "search/search_index.h"
#include "views/pages.h"

namespace itagen::build {
namespace {

// The page before its digits are localised: the search index reads it in that form.
std::string render_page(const views::PageJob& job, const render::Theme& theme, const nlohmann::json& site) {
  nlohmann::json data = job.data();
  std::string body = theme.render(job.type, data, site);
  nlohmann::json layout{{"page", std::move(data["page"])}, {"content", std::move(body)}, {"type", job.type}};
  return theme.render("layout", layout, site);
}

// The 404 page and the search page itself are not search results.
bool searchable(const views::PageJob& job) { return job.path != "404" && job.type != "search"; }

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

RenderStats render_site(const model::SiteModel& model, const render::Theme& theme, const fs::FileSystem& files,
                        output::OutputSink& sink, diag::DiagnosticSink& diags, const Reuse& reuse) {
  RenderStats stats;
  views::ViewContext ctx(model, model.content.site.base_url);
  const nlohmann::json site = views::site_data(ctx);
  const auto numerals = model.content.site.numerals;
  const std::vector<views::PageJob> jobs = views::plan_pages(ctx);

  for (const auto& job : jobs) {
    if (!theme.has_template(job.type)) {
      diags.error({"themes/" + model.content.site.theme + "/templates/" + job.type + ".mustache", 0, 0},
                  "the theme has no template for page type '" + job.type + "'",
                  "copy it from the default theme");
      stats.ok = false;
      return stats;
    }
  }

  search::IndexBuilder search_index(numerals, reuse.search_index);
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
      if (!sink.write(output_path_for(job.path), thai::localize_html_digits(html, numerals))) write_failed = true;
    }
  };
  unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  stats.pages = jobs.size();
  stats.rendered = rendered;

  auto write = [&](const std::string& path, std::string_view bytes) {
    if (!sink.write(path, bytes)) write_failed = true;
    ++stats.files;
  };
  // make() is only called when the previous build's file cannot be reused.
  auto write_made = [&](const std::string& path, const auto& make) {
    if (reuse.file && reuse.file(path, sink)) {
      ++stats.files;
    } else {
      write(path, make());
    }
  };
  for (const auto& file : model.content.static_files) {
    if (reuse.file && reuse.file(file, sink)) {
      ++stats.files;
    } else if (auto bytes = files.read("content/static/" + file)) {
      write(file, *bytes);
    }
  }
  for (const auto& [path, bytes] : theme.assets()) write_made("assets/" + path, [&] { return std::string_view(bytes); });
  write_made("sitemap.xml", [&] { return output::sitemap_xml(ctx, jobs); });
  write_made("robots.txt", [&] { return output::robots_txt(ctx); });
  write_made("feed.xml", [&] { return output::atom_feed(ctx); });
  write_made("data/ita.json", [&] { return output::ita_json(ctx); });
  write_made("data/ita-history.csv", [&] { return output::ita_history_csv(ctx); });
  stats.search_index = search_index.index();
  write("search-index.json", stats.search_index->json());
  for (const auto& [year, oy] : model.oit) {
    write_made("oit/" + std::to_string(year) + "/links.csv", [&] { return output::oit_links_csv(ctx, oy); });
  }
  stats.files += stats.pages;
  stats.ok = !write_failed;
  return stats;
}

}  // namespace itagen::build
