// Atomic replacement of the output folder. The new site is written to a sibling temporary
// folder (same file system, so rename is atomic) and exchanged with the old one with
// renameat2(RENAME_EXCHANGE): there is no moment without a complete output folder.
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "output/sink.h"
#include "i18n/translate.h"

namespace itagen::output {
namespace stdfs = std::filesystem;

namespace {

constexpr std::string_view kTempInfix = ".itagen-tmp-";

bool is_inside(const stdfs::path& inner, const stdfs::path& outer) {
  auto i = inner.begin();
  for (auto o = outer.begin(); o != outer.end(); ++o, ++i) {
    if (o->empty()) continue;
    if (i == inner.end() || *i != *o) return false;
  }
  return true;
}

std::string temp_prefix(const stdfs::path& output) { return "." + output.filename().string() + std::string(kTempInfix); }

// Removes temporary folders left by builds that were killed (their process is gone).
void clean_leftovers(const stdfs::path& output) {
  std::error_code ec;
  const std::string prefix = temp_prefix(output);
  for (const auto& entry : stdfs::directory_iterator(output.parent_path(), ec)) {
    std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    int pid = std::atoi(name.c_str() + prefix.size());
    if (pid > 0 && pid != getpid() && kill(pid, 0) == 0) continue;  // another build is running
    stdfs::remove_all(entry.path(), ec);
  }
}

}  // namespace

std::unique_ptr<DirectorySink> DirectorySink::open(const std::string& output_dir, const std::string& source_dir,
                                                   std::string* error) {
  std::error_code ec;
  stdfs::path output = stdfs::weakly_canonical(stdfs::absolute(output_dir, ec), ec);
  stdfs::path source = stdfs::weakly_canonical(stdfs::absolute(source_dir, ec), ec);
  if (output.filename().empty()) output = output.parent_path();
  if (output == output.root_path()) {
    *error = i18n::tr("refusing to write the site to '{0}'", output.string());
    return nullptr;
  }
  if (is_inside(source, output)) {
    *error = i18n::tr("refusing to write the site to '{0}': it holds the site's own source", output_dir);
    return nullptr;
  }
  for (const char* protected_dir : {"content", "themes"}) {
    if (is_inside(output, source / protected_dir)) {
      *error = i18n::tr("refusing to write the site into the source folder '{0}/'", std::string(protected_dir));
      return nullptr;
    }
  }
  if (stdfs::exists(output, ec)) {
    if (!stdfs::is_directory(output, ec)) {
      *error = i18n::tr("'{0}' exists and is not a folder", output_dir);
      return nullptr;
    }
    bool empty = stdfs::directory_iterator(output, ec) == stdfs::directory_iterator();
    if (!empty && !stdfs::exists(output / std::string(kOutputMarker), ec)) {
      *error = i18n::tr("'{0}' holds files that itagen did not write; refusing to replace them", output_dir);
      return nullptr;
    }
  }
  stdfs::create_directories(output.parent_path(), ec);
  clean_leftovers(output);
  stdfs::path temp = output.parent_path() / (temp_prefix(output) + std::to_string(getpid()));
  stdfs::remove_all(temp, ec);
  if (!stdfs::create_directories(temp, ec)) {
    *error = i18n::tr("cannot create '{0}': {1}", temp.string(), ec.message());
    return nullptr;
  }
  auto sink = std::unique_ptr<DirectorySink>(new DirectorySink(output.string(), temp.string()));
  sink->write(std::string(kOutputMarker), "This folder is written by itagen; it is replaced whole on each build.\n");
  return sink;
}

DirectorySink::~DirectorySink() {
  if (!committed_) {
    std::error_code ec;
    stdfs::remove_all(temp_, ec);
  }
}

bool DirectorySink::write(const std::string& path, std::string_view bytes) {
  // Paths come from the generator, never from content unchecked; still, refuse anything
  // that could leave the folder.
  if (path.empty() || path[0] == '/' || path.find("..") != std::string::npos) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (first_error_.empty()) first_error_ = i18n::tr("refusing to write '{0}' outside the output folder", path);
    return false;
  }
  stdfs::path full = stdfs::path(temp_) / path;
  std::string parent = full.parent_path().string();
  bool known_dir;
  std::error_code ec;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    known_dir = !created_dirs_.insert(parent).second;
  }
  if (!known_dir) {
    // create_directories stats every component; a site of 10,000 pages would pay that per page.
    stdfs::create_directories(parent, ec);
    if (ec) {  // report why the folder failed (disk full), not the open's "No such file"
      std::lock_guard<std::mutex> lock(mutex_);
      created_dirs_.erase(parent);
      if (first_error_.empty()) first_error_ = i18n::tr("cannot write '{0}': {1}", path, ec.message());
      return false;
    }
  }
  int fd = ::open(full.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0 && errno == ENOENT && known_dir) {
    // Another thread recorded the folder but may still be creating it: create it here too.
    stdfs::create_directories(parent, ec);
    fd = ::open(full.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  }
  bool ok = fd >= 0;
  std::size_t done = 0;
  while (ok && done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    if (ok) done += static_cast<std::size_t>(n);
  }
  int saved_errno = errno;
  if (fd >= 0 && ::close(fd) != 0 && ok) {
    ok = false;
    saved_errno = errno;
  }
  if (!ok) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (first_error_.empty()) first_error_ = i18n::tr("cannot write '{0}': {1}", path, std::strerror(saved_errno));
  }
  return ok;
}

bool DirectorySink::commit(std::string* error) {
  if (!first_error_.empty()) {
    *error = first_error_;
    return false;
  }
  std::error_code ec;
  if (stdfs::exists(output_, ec)) {
    if (renameat2(AT_FDCWD, temp_.c_str(), AT_FDCWD, output_.c_str(), RENAME_EXCHANGE) != 0) {
      *error = i18n::tr("cannot replace '{0}': {1}", output_, std::strerror(errno));
      return false;
    }
    committed_ = true;
    stdfs::remove_all(temp_, ec);  // now holds the previous site
    return true;
  }
  if (std::rename(temp_.c_str(), output_.c_str()) != 0) {
    *error = i18n::tr("cannot create '{0}': {1}", output_, std::strerror(errno));
    return false;
  }
  committed_ = true;
  return true;
}

}  // namespace itagen::output
