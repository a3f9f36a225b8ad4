// inotify watching with a settling period. New folders get their own watch as they appear
// (inotify is not recursive), and the files already inside them count as changed.
#include "server/watcher.h"
#include "i18n/translate.h"

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

// An inotify event carries one of these (besides IN_ISDIR).
WatchEvent::Kind kind_of(uint32_t mask) {
  if (mask & IN_CREATE) return WatchEvent::Kind::kCreated;
  if (mask & IN_DELETE) return WatchEvent::Kind::kDeleted;
  if (mask & IN_MOVED_FROM) return WatchEvent::Kind::kMovedFrom;
  if (mask & IN_MOVED_TO) return WatchEvent::Kind::kMovedTo;
  return WatchEvent::Kind::kWritten;  // IN_MODIFY, IN_CLOSE_WRITE, IN_ATTRIB
}

}  // namespace

Watcher::Watcher(std::string root, std::vector<std::string> dirs) : root_(std::move(root)), dirs_(std::move(dirs)) {}

Watcher::~Watcher() {
  if (inotify_fd_ >= 0) close(inotify_fd_);
  if (stop_fd_ >= 0) close(stop_fd_);
}

bool Watcher::start(std::string* error) {
  inotify_fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  stop_fd_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (inotify_fd_ < 0 || stop_fd_ < 0) {
    *error = i18n::tr("cannot watch for changes: {0}", std::strerror(errno));
    return false;
  }
  int wd = inotify_add_watch(inotify_fd_, root_.c_str(), kRootMask);
  if (wd < 0) {
    *error = i18n::tr("cannot watch {0}: {1}", root_, std::strerror(errno));
    return false;
  }
  watched_[wd] = "";
  for (const auto& dir : dirs_) add_tree(dir, nullptr);
  return true;
}

void Watcher::add_tree(const std::string& rel, WatchBatch* created) {
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
      created->events.push_back({WatchEvent::Kind::kCreated, child});  // written before the watch existed
    }
  }
}

void Watcher::drain(WatchBatch& batch, Pending& pending) {
  alignas(inotify_event) char buffer[16384];
  for (;;) {
    ssize_t n = read(inotify_fd_, buffer, sizeof buffer);
    if (n <= 0) return;  // EAGAIN: nothing more pending
    for (char* p = buffer; p < buffer + n;) {
      auto* e = reinterpret_cast<inotify_event*>(p);
      p += sizeof(inotify_event) + e->len;
      if (e->mask & IN_Q_OVERFLOW) {
        batch.overflow = true;
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
      WatchEvent event{kind_of(e->mask), join_rel(dir->second, name), (e->mask & IN_ISDIR) != 0};
      // One write is many IN_MODIFY events; one of them says as much.
      if (batch.events.empty() || batch.events.back() != event) batch.events.push_back(event);
      const std::string& rel = event.path;
      switch (event.kind) {
        case WatchEvent::Kind::kCreated:
          pending.created.insert(rel);
          pending.unsettled.insert(rel);
          if (event.folder) add_tree(rel, &batch);
          break;
        case WatchEvent::Kind::kWritten:
          if (e->mask & IN_MODIFY) pending.unsettled.insert(rel);
          if (e->mask & IN_CLOSE_WRITE) pending.unsettled.erase(rel);
          break;
        case WatchEvent::Kind::kMovedTo:
          pending.unsettled.erase(rel);
          if (event.folder) add_tree(rel, &batch);
          break;
        case WatchEvent::Kind::kDeleted:
        case WatchEvent::Kind::kMovedFrom:
          // A file that was there before the burst may be coming back: vim renames it away,
          // then writes the new one. A file made during the burst is a temporary one.
          if (event.folder || pending.created.count(rel)) {
            pending.unsettled.erase(rel);
          } else {
            pending.unsettled.insert(rel);
          }
          break;
      }
    }
  }
}

WatchBatch Watcher::next() {
  WatchBatch batch;
  Pending pending;
  auto first = std::chrono::steady_clock::time_point::max();
  for (;;) {
    int timeout = -1;
    if (!batch.empty()) {
      auto quiet = pending.unsettled.empty() ? kQuietClosed : kQuietOpen;
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(first + kMaxWait - std::chrono::steady_clock::now());
      timeout = static_cast<int>(std::max<long>(0, std::min(quiet.count(), static_cast<long>(left.count()))));
    }
    pollfd fds[2] = {{inotify_fd_, POLLIN, 0}, {stop_fd_, POLLIN, 0}};
    int ready = poll(fds, 2, timeout);
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0 || (fds[1].revents & POLLIN)) return {};
    if (ready == 0) return batch;  // settled
    drain(batch, pending);
    if (!batch.empty() && first == std::chrono::steady_clock::time_point::max()) first = std::chrono::steady_clock::now();
  }
}

void Watcher::stop() {
  if (stop_fd_ < 0) return;
  uint64_t one = 1;
  [[maybe_unused]] auto n = write(stop_fd_, &one, sizeof one);
}

}  // namespace itagen::server
