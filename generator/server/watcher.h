// Watches a site's source folders (content/, themes/) with inotify, recursively, and hands
// over the paths that changed once a burst of edits has settled.
#pragma once

#include <chrono>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace itagen::server {

struct ChangeSet {
  std::set<std::string> paths;  // site-relative ("content/pages/about.md"); folders too
  bool overflow = false;        // the kernel dropped events: anything may have changed
  bool empty() const { return paths.empty() && !overflow; }
};

class Watcher {
 public:
  // root: the site folder; dirs: its subfolders to watch ("content", "themes"), which may not
  // exist yet (their creation is watched for).
  Watcher(std::string root, std::vector<std::string> dirs);
  ~Watcher();
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  bool start(std::string* error);
  // Blocks until something changed and the burst has settled; returns an empty set once
  // stop() was called. A burst has settled when no event came for kQuietOpen while some file
  // is still open for writing, or for kQuietClosed once every written file was closed (an
  // editor's save is done by then; waiting longer only adds latency).
  ChangeSet next();
  void stop();  // safe from any thread

  static constexpr std::chrono::milliseconds kQuietClosed{10};
  static constexpr std::chrono::milliseconds kQuietOpen{75};
  static constexpr std::chrono::milliseconds kMaxWait{1000};

 private:
  void add_tree(const std::string& rel, ChangeSet* created);
  // Reads what is pending; false when stopped.
  bool drain(ChangeSet& changes, std::set<std::string>& open_for_write);

  std::string root_;
  std::vector<std::string> dirs_;
  int inotify_fd_ = -1;
  int stop_fd_ = -1;
  std::map<int, std::string> watched_;  // watch descriptor -> site-relative folder ("" = root)
};

// True for names editors and tools write beside a file before renaming it over the real one
// (".x.swp", "x~", "4913", "#x#", sed -i's "sedAbC123", "x.md___jb_tmp___"): they are never
// content, so they neither start a rebuild nor appear in its log line.
bool is_scratch_file(const std::string& name);

}  // namespace itagen::server
