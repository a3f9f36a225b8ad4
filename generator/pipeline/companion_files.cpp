// The files made beside the pages, and the static copy.
#include "pipeline/companion_files.h"

#include "model/routes.h"
#include "views/atom_feed.h"
#include "views/site_files.h"

namespace itagen::pipeline {

void write_companion_files(const views::ViewContext& ctx, const std::vector<views::PageJob>& jobs, const views::Feed& feed,
                           FileWriter& out) {
  namespace routes = model::routes;
  out.write_made(routes::sitemap(), [&] { return views::sitemap_xml(ctx, jobs); });
  out.write_made(routes::robots(), [&] { return views::robots_txt(ctx); });
  out.write_made(routes::feed(), [&] { return views::atom_feed(ctx, feed); });
  out.write_made(routes::ita_json(), [&] { return views::ita_json(ctx); });
  out.write_made(routes::ita_history_csv(), [&] { return views::ita_history_csv(ctx); });
  for (const auto& [year, oy] : ctx.model().oit) {
    out.write_made(routes::oit_links_csv(year), [&] { return views::oit_links_csv(ctx, oy); });
  }
}

void write_search_index(std::shared_ptr<const search::SearchIndex> index, FileWriter& out) {
  out.write_deferred(model::routes::search_index(), [index = std::move(index)] { return index->json(); });
}

void copy_static_files(const model::SiteModel& model, const render::Theme& theme, const fs::FileSystem& files,
                       FileWriter& out) {
  for (const auto& file : model.content.static_files) {
    if (out.reused(file)) continue;
    if (auto bytes = files.read("content/static/" + file)) out.write(file, *bytes);
  }
  for (const auto& [path, bytes] : theme.assets()) {
    out.write_made(model::routes::theme_asset(path), [&] { return std::string_view(bytes); });
  }
}

}  // namespace itagen::pipeline
