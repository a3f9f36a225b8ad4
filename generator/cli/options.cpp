// What the shared options mean once parsed: where the output goes by default.
#include <filesystem>

#include "cli/commands.h"

namespace itagen::cli {

std::string output_folder_of(const CommonOptions& opts) {
  if (!opts.output.empty()) return opts.output;  // as typed: from the current folder
  // Inside the site folder, as Hugo does: `build --source my-site` run from a repository must
  // not replace the repository's own public/.
  return (std::filesystem::path(opts.source) / "public").lexically_normal().string();
}

}  // namespace itagen::cli
