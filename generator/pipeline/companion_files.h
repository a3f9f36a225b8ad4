// The render phase's other parts: the files made beside the pages (sitemap, robots.txt, feed,
// open data, the OIT answer sheets, the search index), and the copy of static files and theme
// assets.
#pragma once

#include <memory>
#include <vector>

#include "fs/file_system.h"
#include "pipeline/file_writer.h"
#include "render/theme.h"
#include "search/search_index.h"
#include "views/atom_feed.h"
#include "views/pages.h"

namespace itagen::pipeline {

void write_companion_files(const views::ViewContext& ctx, const std::vector<views::PageJob>& jobs, const views::Feed& feed,
                           FileWriter& out);
// Made when first read where the sink allows it (the preview server): most saves are never
// followed by a search.
void write_search_index(std::shared_ptr<const search::SearchIndex> index, FileWriter& out);
void copy_static_files(const model::SiteModel& model, const render::Theme& theme, const fs::FileSystem& files,
                       FileWriter& out);

}  // namespace itagen::pipeline
