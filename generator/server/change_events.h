// The watcher's events and what a burst of them amounts to. Most editors save by writing a
// temporary file and renaming it over the original (sed -i, vim, gedit, JetBrains' safe
// write), so one save shows files appearing and vanishing; only the net effect tells an edit
// of one file, which re-renders a few pages, from a change of the page set, which rebuilds all.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace itagen::server {

// One inotify event, as much of it as rebuilding needs.
struct WatchEvent {
  enum class Kind {
    kCreated,    // IN_CREATE
    kWritten,    // IN_MODIFY, IN_CLOSE_WRITE, IN_ATTRIB
    kDeleted,    // IN_DELETE
    kMovedFrom,  // IN_MOVED_FROM: renamed to another name, or out of the watched folders
    kMovedTo,    // IN_MOVED_TO: renamed to this name, replacing any file that had it
  };
  Kind kind;
  std::string path;  // site-relative ("content/pages/about.md")
  bool folder = false;
  bool operator==(const WatchEvent&) const = default;
};

// The events of one settled burst, in the order the kernel reported them.
struct WatchBatch {
  std::vector<WatchEvent> events;
  bool overflow = false;  // the kernel dropped events: anything may have changed
  bool empty() const { return events.empty() && !overflow; }
};

// What a burst did to one path.
enum class NetChange {
  kEdited,    // there before and after: written in place, or replaced by a rename or delete+create
  kAppeared,  // not there before the burst, there after it
  kVanished,  // there before the burst, gone after it
};

// The net change of every path the events touched, leaving out editors' scratch files and
// files that appeared and vanished within the burst (a save's temporary file). Whether a path
// existed before the burst comes from its first event where that tells (a file created was
// not there; one written, deleted or renamed away was), otherwise from existed_before (a
// rename onto the name says nothing about what had it before).
std::map<std::string, NetChange> coalesce(const std::vector<WatchEvent>& events,
                                          const std::function<bool(const std::string&)>& existed_before);

// What the rebuild is given: the paths a burst changed, net.
struct ChangeSet {
  std::set<std::string> paths;  // site-relative ("content/pages/about.md"); folders too
  bool overflow = false;        // the kernel dropped events: anything may have changed
  bool empty() const { return paths.empty() && !overflow; }
};

// True for names editors and tools write beside a file and remove again: swap and backup
// files (".x.swp", "x~"), vim's probe ("4913"), emacs' ("#x#", ".#x"), sed -i's ("sedAb12Cd"),
// gedit's (".goutputstream-AB12CD") and JetBrains' ("x___jb_tmp___", "x___jb_old___").
bool is_scratch_file(const std::string& name);

}  // namespace itagen::server
