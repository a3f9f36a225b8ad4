// Coalescing a burst of watch events to its net effect, and recognising the scratch files
// editors and tools leave beside the files they save.
#include "server/change_events.h"

#include <algorithm>

namespace itagen::server {
namespace {

bool is_ascii_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// vim writes "4913" to learn whether it may create files in the folder, and tries 5036,
// 5159 ... (+123) while that name is taken.
bool is_vim_probe(const std::string& name) {
  if (name.empty() || name.size() > 9 || name[0] == '0') return false;
  if (!std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  long n = std::stol(name);
  return n >= 4913 && (n - 4913) % 123 == 0;
}

// GNU sed -i writes its output to "sed" plus six random letters and digits (mkostemp's
// "sedXXXXXX") in the file's folder, then renames it over the file.
bool is_sed_temp(const std::string& name) {
  return name.size() == 9 && name.starts_with("sed") && std::all_of(name.begin() + 3, name.end(), is_ascii_alnum);
}

bool there_after(WatchEvent::Kind kind) {
  return kind == WatchEvent::Kind::kCreated || kind == WatchEvent::Kind::kWritten || kind == WatchEvent::Kind::kMovedTo;
}

}  // namespace

bool is_scratch_file(const std::string& name) {
  // A leading dot covers vim's swap files (".x.swp", ".x.swo", ".x.swx"), emacs' lock links
  // (".#x") and gedit's ".goutputstream-XXXXXX"; "#x#" is emacs' auto-save.
  if (name.empty() || name[0] == '.' || name[0] == '#' || name.back() == '~') return true;
  for (const char* tail : {".swp", ".swx", ".swo", ".swn", ".tmp", ".kate-swp", "___jb_tmp___", "___jb_old___",
                           ".part", ".crdownload"}) {  // the last two: a download still arriving
    if (name.ends_with(tail)) return true;
  }
  // Python's tempfile names "tmpXXXXXXXX": 8 letters, digits or '_'.
  bool python_temp = name.size() == 11 && name.starts_with("tmp") &&
                     std::all_of(name.begin() + 3, name.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
  return is_vim_probe(name) || is_sed_temp(name) || python_temp;
}

std::map<std::string, NetChange> coalesce(const std::vector<WatchEvent>& events,
                                          const std::function<bool(const std::string&)>& existed_before) {
  struct Span {
    bool before = false;  // there when the burst began
    bool after = false;   // there when it ended
  };
  std::map<std::string, Span> spans;
  for (const auto& e : events) {
    auto slash = e.path.rfind('/');
    if (is_scratch_file(slash == std::string::npos ? e.path : e.path.substr(slash + 1))) continue;
    auto [it, first] = spans.try_emplace(e.path);
    if (first) {
      it->second.before = e.kind == WatchEvent::Kind::kCreated  ? false
                          : e.kind == WatchEvent::Kind::kMovedTo ? existed_before(e.path)
                                                                 : true;
    }
    it->second.after = there_after(e.kind);
  }
  std::map<std::string, NetChange> net;
  for (const auto& [path, span] : spans) {
    if (span.before && span.after) {
      net.emplace(path, NetChange::kEdited);
    } else if (span.after) {
      net.emplace(path, NetChange::kAppeared);
    } else if (span.before) {
      net.emplace(path, NetChange::kVanished);
    }  // else a temporary file: it came and went within the burst
  }
  return net;
}

}  // namespace itagen::server
