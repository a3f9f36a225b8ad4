// Writing a Plan into a site folder: folders are created as needed, new files only when they
// do not exist yet (an existing file is never opened for writing), and nothing outside the
// folder. A planned edit replaces its file through a temporary file and a rename, and only
// when the file still holds the text it was planned from.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scaffold/scaffold.h"

namespace itagen::scaffold {

struct Event {
  enum class Kind { kCreatedDir, kCreatedFile, kUpdated, kKept };
  Kind kind;
  std::string path;  // site-relative
  std::string why;   // for kKept; what changed for kUpdated
};

struct Applied {
  std::vector<Event> events;       // in the order they happened
  std::optional<Failure> failure;  // a system error stopped it part way
  int created() const;             // files and folders created or updated
};

// root: the site folder; created (with its parents) when missing.
Applied apply_plan(const Plan& plan, const std::string& root);

}  // namespace itagen::scaffold
