// Creating files exclusively (O_EXCL), so a file that appeared meanwhile is still never
// overwritten, and a symlink in the way counts as existing rather than being followed.
#include "scaffold/apply.h"
#include "i18n/translate.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace itagen::scaffold {
namespace stdfs = std::filesystem;
namespace {

class SiteWriter {
 public:
  explicit SiteWriter(std::string root) : root_(std::move(root)) {}

  bool open(Applied& out) {
    std::error_code made, resolved;
    stdfs::create_directories(root_, made);
    canonical_root_ = stdfs::weakly_canonical(root_, resolved);
    if (!made && !resolved && stdfs::is_directory(canonical_root_)) return true;
    std::string why = made ? made.message() : resolved ? resolved.message() : i18n::tr("a file of that name exists");
    out.failure = Failure{i18n::tr("cannot create the folder {0}: {1}", root_, why),
                          i18n::tr("check the path and its permissions")};
    return false;
  }

  // The absolute path of a site-relative one, or nullopt when it is not a plain relative path
  // or would lead outside the site through a symlink.
  std::optional<stdfs::path> inside(const std::string& rel) const {
    auto normal = fs::normalize_relative(rel);
    if (!normal || *normal != rel) return std::nullopt;
    stdfs::path full = canonical_root_ / rel;
    std::error_code ec;
    stdfs::path resolved = stdfs::weakly_canonical(full.parent_path(), ec);
    if (ec) return std::nullopt;
    auto r = resolved.lexically_relative(canonical_root_);
    if (r.empty() || *r.begin() == "..") return std::nullopt;
    return full;
  }

  bool make_dir(const std::string& rel, bool report, Applied& out) {
    auto full = inside(rel);
    if (!full) return refuse(rel, out);
    std::error_code ec;
    if (stdfs::is_directory(*full, ec)) return true;
    // Create one level at a time so every level is checked before it is used.
    auto slash = rel.rfind('/');
    if (slash != std::string::npos && !make_dir(rel.substr(0, slash), false, out)) return false;
    if (!stdfs::create_directory(*full, ec) && !stdfs::is_directory(*full)) {
      out.failure = Failure{
          i18n::tr("cannot create {0}/: {1}", rel, (ec ? ec.message() : i18n::tr("a file of that name exists"))),
          i18n::tr("check the folder's permissions")};
      return false;
    }
    if (report) out.events.push_back({Event::Kind::kCreatedDir, rel + "/", ""});
    return true;
  }

  bool write_new(const NewFile& file, Applied& out) {
    auto slash = file.path.rfind('/');
    if (slash != std::string::npos && !make_dir(file.path.substr(0, slash), false, out)) return false;
    auto full = inside(file.path);
    if (!full) return refuse(file.path, out);
    int fd = ::open(full->c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
      if (errno == EEXIST) {
        out.events.push_back({Event::Kind::kKept, file.path, ""});
        return true;
      }
      out.failure = Failure{i18n::tr("cannot create {0}: {1}", file.path, std::strerror(errno)),
                            i18n::tr("check the folder's permissions")};
      return false;
    }
    if (!write_all(fd, file.text, file.path, out)) return false;
    out.events.push_back({Event::Kind::kCreatedFile, file.path, ""});
    return true;
  }

  // The new text goes into a temporary file beside the old one, which a rename replaces in
  // one step: a full disk or a crash leaves the user's file as it was.
  bool replace(const FileEdit& edit, Applied& out) {
    auto full = inside(edit.path);
    if (!full) return refuse(edit.path, out);
    struct stat st{};
    if (::lstat(full->c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
      out.failure = Failure{i18n::tr("cannot change {0}: it is not a plain file", edit.path),
                            i18n::tr("itagen edits only plain files, not links; add the change yourself")};
      return false;
    }
    if (read_file(*full) != edit.before) {
      out.failure = Failure{i18n::tr("{0} changed while itagen was working on it; nothing was written", edit.path),
                            i18n::tr("save the file in your editor, then run the command again")};
      return false;
    }
    const stdfs::path temp = full->parent_path() / ("." + full->filename().string() + ".itagen-tmp-" +
                                                    std::to_string(::getpid()));
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, st.st_mode & 07777);
    if (fd < 0) {
      out.failure = Failure{i18n::tr("cannot write beside {0}: {1}", edit.path, std::strerror(errno)),
                            i18n::tr("check the folder's permissions")};
      return false;
    }
    bool ok = write_all(fd, edit.after, edit.path, out, /*sync=*/true);
    if (ok && ::rename(temp.c_str(), full->c_str()) != 0) {
      out.failure = Failure{i18n::tr("cannot replace {0}: {1}", edit.path, std::strerror(errno)),
                            i18n::tr("check the folder's permissions")};
      ok = false;
    }
    if (!ok) {
      ::unlink(temp.c_str());
      return false;
    }
    out.events.push_back({Event::Kind::kUpdated, edit.path, edit.what});
    return true;
  }

 private:
  static std::string read_file(const stdfs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }

  // Writes text to fd and closes it; sync first when the file will replace another.
  static bool write_all(int fd, const std::string& text, const std::string& path, Applied& out, bool sync = false) {
    const char* data = text.data();
    std::size_t left = text.size();
    while (left > 0) {
      ssize_t n = ::write(fd, data, left);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        out.failure = Failure{i18n::tr("cannot write {0}: {1}", path, std::strerror(errno)),
                              i18n::tr("check the free disk space")};
        ::close(fd);
        return false;
      }
      data += n;
      left -= static_cast<std::size_t>(n);
    }
    const bool synced = !sync || ::fsync(fd) == 0;
    const bool closed = ::close(fd) == 0;
    if (!synced || !closed) {
      out.failure =
          Failure{i18n::tr("cannot write {0}: {1}", path, std::strerror(errno)), i18n::tr("check the free disk space")};
      return false;
    }
    return true;
  }

  bool refuse(const std::string& rel, Applied& out) {
    out.failure = Failure{i18n::tr("refusing to write '{0}': it is outside {1}", rel, root_),
                          i18n::tr("a symlink inside the site points elsewhere; remove it or choose another --source")};
    return false;
  }

  std::string root_;
  stdfs::path canonical_root_;
};

}  // namespace

int Applied::created() const {
  int n = 0;
  for (const auto& e : events) n += e.kind != Event::Kind::kKept;
  return n;
}

Applied apply_plan(const Plan& plan, const std::string& root) {
  Applied out;
  if (plan.failure) {
    out.failure = plan.failure;
    return out;
  }
  SiteWriter writer(root);
  if (!writer.open(out)) return out;
  for (const auto& dir : plan.dirs) {
    if (!writer.make_dir(dir, true, out)) return out;
  }
  for (const auto& kept : plan.kept) out.events.push_back({Event::Kind::kKept, kept.path, kept.why});
  for (const auto& file : plan.files) {
    if (!writer.write_new(file, out)) return out;
  }
  for (const auto& edit : plan.edits) {
    if (!writer.replace(edit, out)) return out;
  }
  return out;
}

}  // namespace itagen::scaffold
