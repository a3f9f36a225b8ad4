// Where a build's files go. The disk sink writes into a temporary folder beside the output and
// swaps it in whole on commit, so a failed or interrupted build leaves the previous output
// exactly as it was. The memory sink serves the preview server and whole-site tests.
#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace itagen::output {

class OutputSink {
 public:
  virtual ~OutputSink() = default;
  // path is relative to the output root ("measures/2567/index.html"). Returns false on a
  // system failure (disk full); the sink remembers the first error.
  virtual bool write(const std::string& path, std::string_view bytes) = 0;
  // The same, for bytes the caller gives up: a sink that keeps files in memory takes them
  // without a copy (the preview's search index is megabytes, written after every save).
  virtual bool write_owned(const std::string& path, std::string bytes) { return write(path, bytes); }
  // The same, for a file that is costly to make and may never be read: a sink that serves files
  // from memory keeps make() and calls it on the first read (the preview's search index is
  // megabytes, asked for only when someone searches); other sinks call it now.
  virtual bool write_deferred(const std::string& path, std::function<std::string()> make) {
    return write_owned(path, make());
  }
};

class MemorySink final : public OutputSink {
 public:
  bool write(const std::string& path, std::string_view bytes) override;
  bool write_owned(const std::string& path, std::string bytes) override;
  std::map<std::string, std::string> take() { return std::move(files_); }

 private:
  std::mutex mutex_;
  std::map<std::string, std::string> files_;
};

// A file kept in memory: its bytes, or the function that makes them on the first read.
// Safe to read from several threads at once.
class SharedFile {
 public:
  explicit SharedFile(std::string bytes) : bytes_(std::move(bytes)), made_(true) {}
  explicit SharedFile(std::function<std::string()> make) : make_(std::move(make)) {}
  const std::string& bytes() const;

 private:
  mutable std::string bytes_;
  mutable std::function<std::string()> make_;
  mutable std::atomic<bool> made_{false};
  mutable std::mutex making_;
};

// Output path -> file. The files are shared, so that the preview server hands the files a
// rebuild did not change on to the next snapshot without copying them.
using SharedFiles = std::map<std::string, std::shared_ptr<const SharedFile>>;

// Memory for the preview server: keeps each file behind a shared pointer, and can take a file
// of a previous build without copying it.
class SharedMemorySink final : public OutputSink {
 public:
  bool write(const std::string& path, std::string_view bytes) override;
  bool write_owned(const std::string& path, std::string bytes) override;
  bool write_deferred(const std::string& path, std::function<std::string()> make) override;
  void share(const std::string& path, std::shared_ptr<const SharedFile> file);
  // Takes every file of files, before anything is written.
  void share_all(const SharedFiles& files);
  SharedFiles take() { return std::move(files_); }

 private:
  std::mutex mutex_;
  SharedFiles files_;
};

// Name of the file that marks a folder as itagen's output, so a build never replaces a folder
// of someone's own files.
constexpr std::string_view kOutputMarker = ".itagen-output";

class DirectorySink final : public OutputSink {
 public:
  // Checks the output folder is safe to replace (not the source, not a parent of it, not /, not
  // a folder of foreign files), cleans leftovers of interrupted builds, and creates the
  // temporary folder. nullptr and *error on refusal.
  static std::unique_ptr<DirectorySink> open(const std::string& output_dir, const std::string& source_dir,
                                             std::string* error);
  ~DirectorySink() override;

  bool write(const std::string& path, std::string_view bytes) override;
  // Swaps the finished folder in for the output. After this the sink is spent.
  bool commit(std::string* error);
  const std::string& first_error() const { return first_error_; }

 private:
  DirectorySink(std::string output, std::string temp) : output_(std::move(output)), temp_(std::move(temp)) {}
  std::string output_;
  std::string temp_;
  bool committed_ = false;
  std::mutex mutex_;
  std::string first_error_;
  std::unordered_set<std::string> created_dirs_;
};

}  // namespace itagen::output
