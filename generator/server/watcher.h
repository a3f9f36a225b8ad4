// Watches a site's source folders (content/, themes/) with inotify, recursively, and hands
// over the events of a burst of edits once it has settled.
#pragma once

#include <chrono>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "server/change_events.h"

namespace itagen::server {

class Watcher {
 public:
  // root: the site folder; dirs: its subfolders to watch ("content", "themes"), which may not
  // exist yet (their creation is watched for).
  Watcher(std::string root, std::vector<std::string> dirs);
  ~Watcher();
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  bool start(std::string* error);
  // Blocks until something changed and the burst has settled; returns an empty batch once
  // stop() was called. A burst has settled when no event came for kQuietOpen while some file
  // is unsettled (still open for writing, or gone since the burst began: vim renames the
  // original away before it writes the new one), or for kQuietClosed otherwise (an editor's
  // save is done by then; waiting longer only adds latency). Editors' scratch files are left
  // out: vim keeps its swap file open for writing all along.
  WatchBatch next();
  void stop();  // safe from any thread

  static constexpr std::chrono::milliseconds kQuietClosed{10};
  static constexpr std::chrono::milliseconds kQuietOpen{75};
  static constexpr std::chrono::milliseconds kMaxWait{1000};

 private:
  // Watches the folder rel and its subfolders; the files already in them go into created.
  void add_tree(const std::string& rel, WatchBatch* created);
  // What keeps a burst from settling before kQuietOpen (see next()).
  struct Pending {
    std::set<std::string> unsettled;  // open for writing, or gone since the burst began
    std::set<std::string> created;    // made during the burst: its going is a temporary file's
  };
  // Reads what is pending into the batch.
  void drain(WatchBatch& batch, Pending& pending);

  std::string root_;
  std::vector<std::string> dirs_;
  int inotify_fd_ = -1;
  int stop_fd_ = -1;
  std::map<int, std::string> watched_;  // watch descriptor -> site-relative folder ("" = root)
};

}  // namespace itagen::server
