// Read-only view of a site's source files. Paths are relative to the site folder and use '/'.
// The real implementation refuses anything that resolves outside the site (.., symlinks out);
// the in-memory one lets whole-site tests run without touching the disk.
#pragma once

#include <map>
#include <mutex>
#include <unordered_set>
#include <optional>
#include <string>
#include <vector>

namespace itagen::fs {

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  virtual std::optional<std::string> read(const std::string& path) const = 0;
  virtual bool is_file(const std::string& path) const = 0;
  virtual bool is_dir(const std::string& path) const = 0;
  // Every regular file below dir (recursive), as site-relative paths, sorted.
  virtual std::vector<std::string> list_files(const std::string& dir) const = 0;
  // Human-readable description of where the site lives (for messages).
  virtual std::string describe() const = 0;
};

class RealFileSystem final : public FileSystem {
 public:
  explicit RealFileSystem(std::string root);
  std::optional<std::string> read(const std::string& path) const override;
  bool is_file(const std::string& path) const override;
  bool is_dir(const std::string& path) const override;
  std::vector<std::string> list_files(const std::string& dir) const override;
  std::string describe() const override { return root_; }
  const std::string& root() const { return root_; }

 private:
  // The absolute path for a site-relative one, or "" when it would leave the site.
  std::string resolve_inside(const std::string& path) const;
  // Opens a file for reading if it is inside the site, with a shortcut for files
  // list_files() has already checked. -1 when it is not.
  int open_inside(const std::string& path) const;
  std::string root_;
  std::string canonical_root_;
  mutable std::mutex known_mutex_;
  mutable std::unordered_set<std::string> known_inside_;
};

class MemoryFileSystem final : public FileSystem {
 public:
  MemoryFileSystem() = default;
  explicit MemoryFileSystem(std::map<std::string, std::string> files) : files_(std::move(files)) {}
  void add(const std::string& path, std::string content) { files_[path] = std::move(content); }
  std::optional<std::string> read(const std::string& path) const override;
  bool is_file(const std::string& path) const override;
  bool is_dir(const std::string& path) const override;
  std::vector<std::string> list_files(const std::string& dir) const override;
  std::string describe() const override { return "<memory>"; }

 private:
  std::map<std::string, std::string> files_;
};

// Lexically normalises a site-relative path ("a/./b/../c" -> "a/c"). Returns nullopt when the
// path is absolute, empty, or climbs above its root: such a path must never be followed.
std::optional<std::string> normalize_relative(const std::string& path);

// Joins a folder and a relative path with exactly one '/'.
std::string join(const std::string& dir, const std::string& rel);

}  // namespace itagen::fs
