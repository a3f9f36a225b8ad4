// Scoping rebuilds and turning their results into snapshots and reports.
#include "server/rebuild.h"

#include <chrono>
#include <utility>

#include "diag/printer.h"
#include "pipeline/documents.h"
#include "model/routes.h"
#include "output/sink.h"
#include "thai/clock.h"
#include "i18n/translate.h"

namespace itagen::server {
namespace {

// Content kinds whose pages declare their sources (views::PageJob::sources).
bool is_page_source(const std::string& path) {
  for (const char* dir : {"content/scores/", "content/measures/", "content/no-gift/", "content/oit/", "content/reports/",
                          "content/committee/", "content/pages/"}) {
    if (path.starts_with(dir)) return path.ends_with(".yaml") || path.ends_with(".md");
  }
  return false;
}

}  // namespace

Rebuilder::Rebuilder(const fs::FileSystem& files, pipeline::Options options) : files_(files), options_(std::move(options)) {}

void Rebuilder::list_inputs() {
  inputs_.clear();
  for (const char* dir : {"content", "themes"}) {
    for (auto& f : files_.list_files(dir)) inputs_.insert(std::move(f));
  }
}

pipeline::Scope Rebuilder::scope_for(const ChangeSet& changes) {
  pipeline::Scope scope;
  scope.everything = changes.overflow || !last_good_ || last_failed_;
  for (const auto& path : changes.paths) {
    bool existed = inputs_.count(path) > 0;
    bool exists = files_.is_file(path);
    if (exists) inputs_.insert(path); else inputs_.erase(path);
    if (existed != exists || !is_page_source(path)) scope.everything = true;
    scope.changed.insert(path);
  }
  if (changes.overflow) list_inputs();
  if (!scope.everything && scope.changed.size() == 1 && scope.changed.begin()->starts_with("content/pages/")) {
    scope.reparse_page = *scope.changed.begin();
  }
  return scope;
}

ChangeSet Rebuilder::net_changes(const WatchBatch& batch) const {
  // inputs_ holds files; a folder existed when some known file is inside it.
  auto existed_before = [this](const std::string& path) {
    if (inputs_.count(path)) return true;
    auto inside = inputs_.lower_bound(path + "/");
    return inside != inputs_.end() && inside->starts_with(path + "/");
  };
  ChangeSet changes;
  changes.overflow = batch.overflow;
  for (const auto& [path, change] : coalesce(batch.events, existed_before)) changes.paths.insert(path);
  return changes;
}

RebuildReport Rebuilder::build_all() {
  list_inputs();
  return run(pipeline::Scope{}, {});
}

RebuildReport Rebuilder::rebuild(const ChangeSet& changes) {
  pipeline::Scope scope = scope_for(changes);
  return run(scope, {changes.paths.begin(), changes.paths.end()});
}

RebuildReport Rebuilder::run(const pipeline::Scope& scope, std::vector<std::string> changed) {
  auto start = std::chrono::steady_clock::now();
  RebuildReport report;
  report.changed = std::move(changed);
  diag::DiagnosticSink diags;
  // The status page counts days to the deadline: today, not the day the server started.
  if (options_.status_page_date) options_.status_page_date = thai::SystemClock().today();
  output::SharedMemorySink sink;
  pipeline::Incremental incremental;
  incremental.scope = scope;
  if (last_good_) {
    incremental.previous = &last_good_->build;
    // Shares a file of the previous build into the sink (copies it into a wrapping one).
    incremental.copy_previous = [this, &sink](const std::string& path, output::OutputSink& to) {
      auto it = last_good_->files->find(path);
      if (it == last_good_->files->end()) return false;
      if (&to != &sink) return to.write(it->first, it->second->bytes());
      sink.share(it->first, it->second);
      return true;
    };
    incremental.copy_all_previous = [this, &sink] {
      sink.share_all(*last_good_->files);
      return true;
    };
  }
  pipeline::Build built = pipeline::run(files_, &sink, options_, diags, incremental);
  report.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  report.ok = built.ok;
  report.pages = built.pages;
  report.rendered = built.rendered;
  report.everything = built.rendered == built.pages;
  report.timings = built.timings;
  auto lookup = [this](const std::string& path) { return files_.read(path); };
  for (const auto& d : diags.diagnostics()) report.messages += diag::format_diagnostic(d, lookup);
  if (diags.error_count() + diags.warning_count() > 0) report.messages += diag::format_summary(diags);
  last_failed_ = !report.ok;
  if (report.ok) {
    auto files = std::make_shared<const output::SharedFiles>(sink.take());
    replaced_ = std::exchange(last_good_, Served{std::move(built), std::move(files)});
    last_error_.clear();
  } else {
    last_error_ = report.messages.empty() ? i18n::tr("the build failed") : report.messages;
  }
  return report;
}

SiteSnapshot Rebuilder::snapshot() const {
  SiteSnapshot s;
  if (last_good_) {
    s.files = last_good_->files;
    s.base_path = model::routes::base_path_of(last_good_->build.model->content.site.base_url);
    if (auto documents = last_good_->build.documents) {
      s.print_document = [documents](const std::string& path) -> std::optional<PrintedDocument> {
        if (!documents->has(path)) return std::nullopt;
        std::string error;
        if (auto pdf = documents->print(path, &error)) return PrintedDocument{true, std::move(*pdf)};
        return PrintedDocument{false, std::move(error)};
      };
    }
  }
  s.error = last_error_;
  return s;
}

}  // namespace itagen::server
