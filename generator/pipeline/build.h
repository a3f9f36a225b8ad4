// What a build is asked to do and what it gives back, including what the preview server keeps
// for its next, incremental build.
#pragma once

#include <functional>
#include <optional>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "model/site_model.h"
#include "output/sink.h"
#include "render/theme.h"
#include "search/search_index.h"
#include "views/atom_feed.h"
#include "thai/dates.h"

namespace itagen::pipeline {

struct Options {
  std::string base_url;  // overrides site.yaml's base_url when not empty
  bool render = true;    // false for `check`: stop after the checks
  // The preview server's readiness page, /_status/, as of this date. `build` never writes it:
  // it is for the officer, not the public.
  std::optional<thai::Date> status_page_date;
  // Worker processes for the Markdown of a full render (markdown/parallel_render.h); 1 renders
  // it in the render threads. `build` sets the number of cores; the preview server, whose
  // threads are serving while it rebuilds, keeps 1.
  unsigned markdown_workers = 1;
  // The preview server prints an official document when it is requested, not on every build.
  bool documents_on_request = false;
  // `build`: a free page's Markdown is let go once its page is written. The preview keeps it for
  // its next rebuild, and `status` and the tests read the model afterwards.
  bool release_page_sources = false;
};

class DocumentSet;  // pipeline/documents.h

// The one page a fast rebuild parsed again into the previous content (the rest is the same).
struct ReparsedPage {
  std::size_t index = 0;       // in content.pages
  bool shown_changed = false;  // its title, date, order or menu, which other pages and the feed show
};

struct PhaseTime {
  std::string phase;
  double milliseconds = 0;
};

// One build's result, and what a following incremental build starts from.
struct Build {
  bool ok = false;
  std::size_t pages = 0;     // HTML pages of the site
  std::size_t rendered = 0;  // pages rendered this time (fewer than pages when some were reused)
  std::size_t files = 0;     // every file written
  std::optional<ReparsedPage> reparsed;  // only this page was parsed again
  std::vector<PhaseTime> timings;
  std::shared_ptr<const model::SiteModel> model;
  std::shared_ptr<const render::Theme> theme;
  std::shared_ptr<const search::SearchIndex> search_index;
  std::shared_ptr<const views::Feed> feed;
  // The official documents (documents: pdf): printed by `build`, or on request by the preview.
  std::shared_ptr<const DocumentSet> documents;
  std::string site_data;  // site-wide template data and the navigation, serialised
  std::vector<diag::Diagnostic> load_diagnostics;
};

// What changed since the previous build, as the preview server's watcher decided it.
struct Scope {
  bool everything = true;         // render every page, reload the theme
  std::set<std::string> changed;  // site-relative source paths edited in place
  // This content/pages/**.md file is the only change: it alone is parsed again and the rest of
  // the content is taken from the previous build (the fast path for large sites).
  std::string reparse_page;
};

// For the preview server: the previous good build and a way to hand its files on unchanged.
struct Incremental {
  const Build* previous = nullptr;
  Scope scope;
  // Puts the previous build's file at an output path into the sink; false when it had none.
  std::function<bool(const std::string& path, output::OutputSink& sink)> copy_previous;
  // Puts every file of the previous build into the sink the build writes to, when it can do that
  // at once (the preview's memory); false when it cannot.
  std::function<bool()> copy_all_previous;
};

}  // namespace itagen::pipeline
