// Renders each planned page (body template inside the layout), localises digits, and writes
// it; then the static files, theme assets and companion files (sitemap, feed, data).
// Pages are rendered by a few worker threads; each page is written as soon as it is rendered,
// so memory stays flat however large the site.
#include "build/render_pages.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "build/pipeline.h"
#include "output/site_files.h"
#include "views/pages.h"

namespace itagen::build {
namespace {

std::string render_page(const views::PageJob& job, const render::Theme& theme, const nlohmann::json& site,
                        thai::Numerals numerals) {
  nlohmann::json data = job.data();
  std::string body = theme.render(job.type, data, site);
  nlohmann::json layout{{"page", std::move(data["page"])}, {"content", std::move(body)}, {"type", job.type}};
  std::string html = theme.render("layout", layout, site);
  return thai::localize_html_digits(html, numerals);
}

}  // namespace

RenderStats render_site(const model::SiteModel& model, const render::Theme& theme, const fs::FileSystem& files,
                        output::OutputSink& sink, diag::DiagnosticSink& diags) {
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

  std::atomic<std::size_t> next{0};
  std::atomic<bool> write_failed{false};
  auto worker = [&] {
    for (std::size_t i = next++; i < jobs.size(); i = next++) {
      const auto& job = jobs[i];
      if (!sink.write(output_path_for(job.path), render_page(job, theme, site, numerals))) write_failed = true;
    }
  };
  unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  stats.pages = jobs.size();

  auto write = [&](const std::string& path, std::string_view bytes) {
    if (!sink.write(path, bytes)) write_failed = true;
    ++stats.files;
  };
  for (const auto& file : model.content.static_files) {
    if (auto bytes = files.read("content/static/" + file)) write(file, *bytes);
  }
  for (const auto& [path, bytes] : theme.assets()) write("assets/" + path, bytes);
  write("sitemap.xml", output::sitemap_xml(ctx, jobs));
  write("robots.txt", output::robots_txt(ctx));
  write("feed.xml", output::atom_feed(ctx));
  write("data/ita.json", output::ita_json(ctx));
  write("data/ita-history.csv", output::ita_history_csv(ctx));
  for (const auto& [year, oy] : model.oit) write("oit/" + std::to_string(year) + "/links.csv", output::oit_links_csv(ctx, oy));
  stats.files += stats.pages;
  stats.ok = !write_failed;
  return stats;
}

}  // namespace itagen::build
