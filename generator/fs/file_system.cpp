// Real and in-memory site file systems.
#include "fs/file_system.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace itagen::fs {
namespace stdfs = std::filesystem;

std::optional<std::string> normalize_relative(const std::string& path) {
  if (path.empty() || path[0] == '/' || path[0] == '\\') return std::nullopt;
  if (path.find('\0') != std::string::npos) return std::nullopt;
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    std::string part = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (part == "..") {
      if (parts.empty()) return std::nullopt;
      parts.pop_back();
    } else if (!part.empty() && part != ".") {
      if (part.find('\\') != std::string::npos) return std::nullopt;
      parts.push_back(part);
    }
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  if (parts.empty()) return std::nullopt;
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += '/';
    out += p;
  }
  return out;
}

std::string join(const std::string& dir, const std::string& rel) {
  if (dir.empty() || dir == ".") return rel;
  if (rel.empty()) return dir;
  return dir.back() == '/' ? dir + rel : dir + "/" + rel;
}

RealFileSystem::RealFileSystem(std::string root) : root_(std::move(root)) {
  std::error_code ec;
  canonical_root_ = stdfs::weakly_canonical(root_, ec).string();
}

std::string RealFileSystem::resolve_inside(const std::string& path) const {
  auto rel = normalize_relative(path);
  if (!rel) return {};
  std::error_code ec;
  stdfs::path full = stdfs::path(root_) / *rel;
  // Symlinks are followed only while they stay inside the site.
  auto canonical = stdfs::weakly_canonical(full, ec).string();
  if (ec) return {};
  if (canonical != canonical_root_ && canonical.rfind(canonical_root_ + "/", 0) != 0) return {};
  return full.string();
}

int RealFileSystem::open_inside(const std::string& path) const {
  bool known;
  {
    // Files found by list_files() were already checked; canonicalising each again costs a
    // system call per path component, which dominates loading a site of thousands of pages.
    // O_NOFOLLOW: if such a file has since been replaced by a symlink, check it afresh.
    std::lock_guard<std::mutex> lock(known_mutex_);
    known = known_inside_.count(path) > 0;
  }
  if (known) {
    int fd = ::open((root_ + "/" + path).c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd >= 0) return fd;
  }
  std::string full = resolve_inside(path);
  return full.empty() ? -1 : ::open(full.c_str(), O_RDONLY | O_CLOEXEC);
}

std::optional<std::string> RealFileSystem::read(const std::string& path) const {
  int fd = open_inside(path);
  if (fd < 0) return std::nullopt;
  struct stat info;
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    return std::nullopt;
  }
  std::string text(static_cast<std::size_t>(info.st_size), '\0');
  std::size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::read(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  ::close(fd);
  text.resize(done);  // a file that shrank while being read
  return text;
}

bool RealFileSystem::is_file(const std::string& path) const {
  std::string full = resolve_inside(path);
  std::error_code ec;
  return !full.empty() && stdfs::is_regular_file(full, ec);
}

bool RealFileSystem::is_dir(const std::string& path) const {
  std::string full = path.empty() || path == "." ? root_ : resolve_inside(path);
  std::error_code ec;
  return !full.empty() && stdfs::is_directory(full, ec);
}

std::vector<std::string> RealFileSystem::list_files(const std::string& dir) const {
  std::vector<std::string> out;
  if (!is_dir(dir)) return out;
  std::error_code ec;
  stdfs::path base = stdfs::path(root_) / dir;
  for (auto it = stdfs::recursive_directory_iterator(base, ec);
       !ec && it != stdfs::recursive_directory_iterator(); it.increment(ec)) {
    const auto& entry = *it;
    std::error_code type_ec;
    if (!entry.is_regular_file(type_ec)) continue;
    // Lexically: stdfs::relative would resolve a symlink and list it under its target's name.
    std::string rel =
        entry.path().lexically_normal().lexically_relative(stdfs::path(root_).lexically_normal()).generic_string();
    // A symlink that leads out of the site is not part of the site. The iterator does not
    // follow symlinked folders, so only a symlink entry itself can lead out.
    if (entry.is_symlink(type_ec) && resolve_inside(rel).empty()) continue;
    out.push_back(rel);
  }
  std::sort(out.begin(), out.end());
  std::lock_guard<std::mutex> lock(known_mutex_);
  for (const auto& rel : out) known_inside_.insert(rel);
  return out;
}

std::optional<std::string> MemoryFileSystem::read(const std::string& path) const {
  auto rel = normalize_relative(path);
  if (!rel) return std::nullopt;
  auto it = files_.find(*rel);
  if (it == files_.end()) return std::nullopt;
  return it->second;
}

bool MemoryFileSystem::is_file(const std::string& path) const {
  auto rel = normalize_relative(path);
  return rel && files_.count(*rel) > 0;
}

bool MemoryFileSystem::is_dir(const std::string& path) const {
  if (path.empty() || path == ".") return true;
  auto rel = normalize_relative(path);
  if (!rel) return false;
  std::string prefix = *rel + "/";
  auto it = files_.lower_bound(prefix);
  return it != files_.end() && it->first.rfind(prefix, 0) == 0;
}

std::vector<std::string> MemoryFileSystem::list_files(const std::string& dir) const {
  std::vector<std::string> out;
  std::string prefix;
  if (!dir.empty() && dir != ".") {
    auto rel = normalize_relative(dir);
    if (!rel) return out;
    prefix = *rel + "/";
  }
  for (auto it = files_.lower_bound(prefix); it != files_.end(); ++it) {
    if (it->first.rfind(prefix, 0) != 0) break;
    out.push_back(it->first);
  }
  return out;
}

}  // namespace itagen::fs
