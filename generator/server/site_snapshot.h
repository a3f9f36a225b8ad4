// The site the preview server is serving right now: the built files and, while the last rebuild
// failed, its error. A rebuild makes a new snapshot and swaps it in whole, so a request never
// sees half of one build and half of another.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include "output/sink.h"

namespace itagen::server {

// Output path ("measures/2567/index.html") -> bytes, shared between successive snapshots.
using FileMap = output::SharedFiles;

// An official document printed on request: its PDF, or why the engine could not print it.
struct PrintedDocument {
  bool ok = false;
  std::string bytes;  // the PDF, or the engine's message
};

struct SiteSnapshot {
  std::shared_ptr<const FileMap> files = std::make_shared<FileMap>();
  std::string base_path = "/";  // "/ita/": where the site is mounted besides "/"
  std::string error;            // the failed rebuild's diagnostics as the CLI prints them; "" when good
  std::uint64_t generation = 0; // bumped on every swap; the page script reloads when it differs
  // The build's official documents (documents: pdf), printed when first requested and then
  // kept for this snapshot: nullopt for a path that is not a document. Empty without documents.
  std::function<std::optional<PrintedDocument>(const std::string& path)> print_document;
};

class SnapshotStore {
 public:
  std::shared_ptr<const SiteSnapshot> get() const {
    std::lock_guard lock(mutex_);
    return current_;
  }
  // Stamps the next generation on the snapshot and makes it the one served.
  std::uint64_t set(SiteSnapshot next) {
    std::shared_ptr<const SiteSnapshot> old;  // freed after the lock is let go
    std::lock_guard lock(mutex_);
    next.generation = current_->generation + 1;
    old = std::exchange(current_, std::make_shared<const SiteSnapshot>(std::move(next)));
    return current_->generation;
  }

 private:
  mutable std::mutex mutex_;
  std::shared_ptr<const SiteSnapshot> current_ = std::make_shared<const SiteSnapshot>();
};

}  // namespace itagen::server
