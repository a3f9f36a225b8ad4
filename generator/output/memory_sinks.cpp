// The memory sinks: whole-site tests and the preview server.
#include "output/sink.h"

namespace itagen::output {

const std::string& SharedFile::bytes() const {
  if (!made_.load(std::memory_order_acquire)) {
    std::lock_guard lock(making_);
    if (!made_.load(std::memory_order_relaxed)) {
      bytes_ = make_();
      make_ = nullptr;  // lets go of what the bytes were made from
      made_.store(true, std::memory_order_release);
    }
  }
  return bytes_;
}

bool MemorySink::write(const std::string& path, std::string_view bytes) {
  std::lock_guard<std::mutex> lock(mutex_);
  files_[path] = std::string(bytes);
  return true;
}

bool MemorySink::write_owned(const std::string& path, std::string bytes) {
  std::lock_guard<std::mutex> lock(mutex_);
  files_[path] = std::move(bytes);
  return true;
}

bool SharedMemorySink::write(const std::string& path, std::string_view bytes) {
  auto shared = std::make_shared<const SharedFile>(std::string(bytes));
  std::lock_guard lock(mutex_);
  files_[path] = std::move(shared);
  return true;
}

bool SharedMemorySink::write_owned(const std::string& path, std::string bytes) {
  auto shared = std::make_shared<const SharedFile>(std::move(bytes));
  std::lock_guard lock(mutex_);
  files_[path] = std::move(shared);
  return true;
}

bool SharedMemorySink::write_deferred(const std::string& path, std::function<std::string()> make) {
  auto shared = std::make_shared<const SharedFile>(std::move(make));
  std::lock_guard lock(mutex_);
  files_[path] = std::move(shared);
  return true;
}

void SharedMemorySink::share_all(const SharedFiles& files) {
  std::lock_guard lock(mutex_);
  files_ = files;
}

void SharedMemorySink::share(const std::string& path, std::shared_ptr<const SharedFile> file) {
  std::lock_guard lock(mutex_);
  files_[path] = std::move(file);
}

}  // namespace itagen::output
