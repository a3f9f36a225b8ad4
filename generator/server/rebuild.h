// Deciding what a change affects and rebuilding the served site. A content file edited (in
// place, or replaced by an editor's rename) re-renders the pages that declare it as a source;
// anything else (site.yaml, static files, criteria, a theme, a file that appeared or vanished,
// dropped watch events) rebuilds all.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"
#include "fs/file_system.h"
#include "server/change_events.h"
#include "server/site_snapshot.h"

namespace itagen::server {

struct RebuildReport {
  bool ok = false;
  bool everything = true;         // every page was in scope
  std::size_t pages = 0;          // pages of the site
  std::size_t rendered = 0;       // pages rendered this time
  double milliseconds = 0;
  std::vector<std::string> changed;  // what triggered it
  std::string messages;           // diagnostics as `build` prints them (with the summary)
  std::vector<pipeline::PhaseTime> timings;
};

class Rebuilder {
 public:
  Rebuilder(const fs::FileSystem& files, pipeline::Options options);

  RebuildReport build_all();
  // The net changes of the watcher's burst, by what this knows existed before it. Empty when
  // the burst only made and removed temporary files: there is nothing to rebuild.
  ChangeSet net_changes(const WatchBatch& batch) const;
  RebuildReport rebuild(const ChangeSet& changes);
  // The snapshot to serve now: the last good site, and the error when the last build failed.
  SiteSnapshot snapshot() const;
  // Frees the build the last rebuild replaced. A large site takes a while to free, so the
  // server does it after swapping in the new snapshot rather than before.
  void release_replaced() { replaced_.reset(); }

  // Exposed for tests: the scope a change set gets (updates what files are known to exist).
  pipeline::Scope scope_for(const ChangeSet& changes);

 private:
  RebuildReport run(const pipeline::Scope& scope, std::vector<std::string> changed);
  void list_inputs();

  const fs::FileSystem& files_;
  pipeline::Options options_;
  // A good build and the files it made, which the next rebuild may hand on unchanged.
  struct Served {
    pipeline::Build build;
    std::shared_ptr<const output::SharedFiles> files;
  };
  std::optional<Served> last_good_;
  std::optional<Served> replaced_;  // the previous last_good_, until release_replaced()
  bool last_failed_ = false;
  std::string last_error_;
  std::set<std::string> inputs_;  // content/** and themes/** files known to exist
};

}  // namespace itagen::server
