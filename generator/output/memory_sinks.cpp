// The memory sinks: whole-site tests and the preview server.
#include "output/sink.h"

namespace itagen::output {

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
  auto shared = std::make_shared<const std::string>(bytes);
  std::lock_guard lock(mutex_);
  files_[path] = std::move(shared);
  return true;
}

bool SharedMemorySink::write_owned(const std::string& path, std::string bytes) {
  auto shared = std::make_shared<const std::string>(std::move(bytes));
  std::lock_guard lock(mutex_);
  files_[path] = std::move(shared);
  return true;
}

void SharedMemorySink::share(const std::string& path, std::shared_ptr<const std::string> bytes) {
  std::lock_guard lock(mutex_);
  files_[path] = std::move(bytes);
}

}  // namespace itagen::output
