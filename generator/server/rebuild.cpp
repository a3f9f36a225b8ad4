// Scoping rebuilds and turning their results into snapshots and reports.
#include "server/rebuild.h"

#include <chrono>
#include <utility>

#include "diag/printer.h"

namespace itagen::server {
namespace {

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }
bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Content kinds whose pages declare their sources (views::PageJob::sources).
bool is_page_source(const std::string& path) {
  for (const char* dir : {"content/scores/", "content/measures/", "content/no-gift/", "content/oit/", "content/reports/",
                          "content/committee/", "content/pages/"}) {
    if (starts_with(path, dir)) return ends_with(path, ".yaml") || ends_with(path, ".md");
  }
  return false;
}

}  // namespace

std::string base_path_of(const std::string& base_url) {
  std::size_t scheme = base_url.find("://");
  std::size_t slash = base_url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  if (scheme == std::string::npos || slash == std::string::npos) return "/";
  std::string path = base_url.substr(slash);
  path = path.substr(0, path.find_first_of("?#"));
  if (path.back() != '/') path += '/';
  return path;
}

Rebuilder::Rebuilder(const fs::FileSystem& files, build::Options options) : files_(files), options_(std::move(options)) {}

void Rebuilder::list_inputs() {
  inputs_.clear();
  for (const char* dir : {"content", "themes"}) {
    for (auto& f : files_.list_files(dir)) inputs_.insert(std::move(f));
  }
}

build::Scope Rebuilder::scope_for(const ChangeSet& changes) {
  build::Scope scope;
  scope.everything = changes.overflow || !last_good_ || last_failed_;
  for (const auto& path : changes.paths) {
    bool existed = inputs_.count(path) > 0;
    bool exists = files_.is_file(path);
    if (exists) inputs_.insert(path); else inputs_.erase(path);
    if (existed != exists || !is_page_source(path)) scope.everything = true;
    scope.changed.insert(path);
  }
  if (changes.overflow) list_inputs();
  if (!scope.everything && scope.changed.size() == 1 && starts_with(*scope.changed.begin(), "content/pages/")) {
    scope.reparse_page = *scope.changed.begin();
  }
  return scope;
}

RebuildReport Rebuilder::build_all() {
  list_inputs();
  return run(build::Scope{}, {});
}

RebuildReport Rebuilder::rebuild(const ChangeSet& changes) {
  build::Scope scope = scope_for(changes);
  return run(scope, {changes.paths.begin(), changes.paths.end()});
}

RebuildReport Rebuilder::run(const build::Scope& scope, std::vector<std::string> changed) {
  auto start = std::chrono::steady_clock::now();
  RebuildReport report;
  report.changed = std::move(changed);
  diag::DiagnosticSink diags;
  build::MemoryBuild built = build::build_in_memory(files_, options_, scope, last_good_ ? &*last_good_ : nullptr, diags);
  report.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  report.ok = built.result.ok;
  report.pages = built.result.pages;
  report.rendered = built.rendered;
  report.everything = built.rendered == built.result.pages;
  report.timings = built.result.timings;
  auto lookup = [this](const std::string& path) { return files_.read(path); };
  for (const auto& d : diags.diagnostics()) report.messages += diag::format_diagnostic(d, lookup);
  if (diags.error_count() + diags.warning_count() > 0) report.messages += diag::format_summary(diags);
  last_failed_ = !report.ok;
  if (report.ok) {
    replaced_ = std::exchange(last_good_, std::move(built));
    last_error_.clear();
  } else {
    last_error_ = report.messages.empty() ? "the build failed" : report.messages;
  }
  return report;
}

SiteSnapshot Rebuilder::snapshot() const {
  SiteSnapshot s;
  if (last_good_) {
    s.files = last_good_->output;
    s.base_path = base_path_of(last_good_->result.model->content.site.base_url);
  }
  s.error = last_error_;
  return s;
}

}  // namespace itagen::server
