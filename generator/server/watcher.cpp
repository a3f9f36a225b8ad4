// inotify watching with a settling period. New folders get their own watch as they appear
// (inotify is not recursive), and the files already inside them count as changed.
#include "server/watcher.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace itagen::server {
namespace {

constexpr uint32_t kTreeMask = IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM |
                               IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;
constexpr uint32_t kRootMask = IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ONLYDIR;

std::string join_rel(const std::string& dir, const std::string& name) {
  return dir.empty() ? name : dir + "/" + name;
}

// prefix followed by exactly `length` letters, digits or '_': the names mkstemp-style
// templates make (sed -i writes "sedXXXXXX", Python's tempfile "tmpXXXXXXXX").
bool is_temp_name(const std::string& name, std::string_view prefix, std::size_t length) {
  if (name.size() != prefix.size() + length || !name.starts_with(prefix)) return false;
  for (std::size_t i = prefix.size(); i < name.size(); ++i) {
    const char c = name[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

bool is_scratch_file(const std::string& name) {
  // Hidden files (.x.swp, .#x, .goutputstream-X, .~lock.x#), Emacs's #x#, backups x~, and
  // vim's test of whether it may write in the folder.
  if (name.empty() || name[0] == '.' || name[0] == '#' || name.back() == '~' || name == "4913") return true;
  auto ends = [&](std::string_view s) { return name.ends_with(s); };
  return ends(".swp") || ends(".swo") || ends(".swn") || ends(".swx") || ends(".tmp") || ends(".kate-swp") ||
         ends("___jb_tmp___") || ends("___jb_old___") ||  // JetBrains' safe write
         ends(".part") || ends(".crdownload") ||           // a download still arriving in content/static/
         is_temp_name(name, "sed", 6) || is_temp_name(name, "tmp", 8);
}

Watcher::Watcher(std::string root, std::vector<std::string> dirs) : root_(std::move(root)), dirs_(std::move(dirs)) {}

Watcher::~Watcher() {
  if (inotify_fd_ >= 0) close(inotify_fd_);
  if (stop_fd_ >= 0) close(stop_fd_);
}

bool Watcher::start(std::string* error) {
  inotify_fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  stop_fd_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (inotify_fd_ < 0 || stop_fd_ < 0) {
    *error = std::string("cannot watch for changes: ") + std::strerror(errno);
    return false;
  }
  int wd = inotify_add_watch(inotify_fd_, root_.c_str(), kRootMask);
  if (wd < 0) {
    *error = "cannot watch " + root_ + ": " + std::strerror(errno);
    return false;
  }
  watched_[wd] = "";
  for (const auto& dir : dirs_) add_tree(dir, nullptr);
  return true;
}

void Watcher::add_tree(const std::string& rel, ChangeSet* created) {
  std::error_code ec;
  std::filesystem::path abs = std::filesystem::path(root_) / rel;
  if (!std::filesystem::is_directory(abs, ec)) return;
  int wd = inotify_add_watch(inotify_fd_, abs.c_str(), kTreeMask);
  if (wd < 0) return;
  watched_[wd] = rel;
  for (std::filesystem::directory_iterator it(abs, ec), end; !ec && it != end; it.increment(ec)) {
    std::string child = join_rel(rel, it->path().filename().string());
    if (it->is_directory(ec) && !it->is_symlink(ec)) {
      add_tree(child, created);
    } else if (created && !is_scratch_file(it->path().filename().string())) {
      created->paths.insert(child);  // written before the watch existed
    }
  }
}

bool Watcher::drain(ChangeSet& changes, std::set<std::string>& open_for_write) {
  alignas(inotify_event) char buffer[16384];
  for (;;) {
    ssize_t n = read(inotify_fd_, buffer, sizeof buffer);
    if (n <= 0) return true;  // EAGAIN: nothing more pending
    for (char* p = buffer; p < buffer + n;) {
      auto* e = reinterpret_cast<inotify_event*>(p);
      p += sizeof(inotify_event) + e->len;
      if (e->mask & IN_Q_OVERFLOW) {
        changes.overflow = true;
        continue;
      }
      auto dir = watched_.find(e->wd);
      if (dir == watched_.end()) continue;
      if (e->mask & IN_IGNORED) {
        watched_.erase(dir);
        continue;
      }
      if (e->len == 0) continue;  // the folder itself: its parent reports it too
      std::string name = e->name;
      if (dir->second.empty()) {  // the site root: only our folders appearing or going
        bool ours = false;
        for (const auto& d : dirs_) ours = ours || d == name;
        if (!ours) continue;
      } else if (is_scratch_file(name)) {
        continue;
      }
      std::string rel = join_rel(dir->second, name);
      changes.paths.insert(rel);
      if ((e->mask & IN_ISDIR) && (e->mask & (IN_CREATE | IN_MOVED_TO))) add_tree(rel, &changes);
      if (e->mask & (IN_CREATE | IN_MODIFY)) open_for_write.insert(rel);
      if (e->mask & (IN_CLOSE_WRITE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO)) open_for_write.erase(rel);
    }
  }
}

ChangeSet Watcher::next() {
  ChangeSet changes;
  std::set<std::string> open_for_write;
  auto first = std::chrono::steady_clock::time_point::max();
  for (;;) {
    int timeout = -1;
    if (!changes.empty()) {
      auto quiet = open_for_write.empty() ? kQuietClosed : kQuietOpen;
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(first + kMaxWait - std::chrono::steady_clock::now());
      timeout = static_cast<int>(std::max<long>(0, std::min(quiet.count(), static_cast<long>(left.count()))));
    }
    pollfd fds[2] = {{inotify_fd_, POLLIN, 0}, {stop_fd_, POLLIN, 0}};
    int ready = poll(fds, 2, timeout);
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0 || (fds[1].revents & POLLIN)) return {};
    if (ready == 0) return changes;  // settled
    drain(changes, open_for_write);
    if (!changes.empty() && first == std::chrono::steady_clock::time_point::max()) first = std::chrono::steady_clock::now();
  }
}

void Watcher::stop() {
  if (stop_fd_ < 0) return;
  uint64_t one = 1;
  [[maybe_unused]] auto n = write(stop_fd_, &one, sizeof one);
}

}  // namespace itagen::server
