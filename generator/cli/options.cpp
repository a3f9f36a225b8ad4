// What the shared options mean once parsed, and the mistakes in them that are the command
// line's (exit status 2) rather than the content's: a site folder that is not there, a base
// URL without its scheme.
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "content/web_address.h"
#include "i18n/translate.h"

namespace itagen::cli {

std::string output_folder_of(const CommonOptions& opts) {
  if (!opts.output.empty()) return opts.output;  // as typed: from the current folder
  // Inside the site folder, as Hugo does: `build --source my-site` run from a repository must
  // not replace the repository's own public/.
  return (std::filesystem::path(opts.source) / "public").lexically_normal().string();
}

int check_site_folder(const std::string& source) {
  std::error_code ec;
  const auto status = std::filesystem::status(source, ec);
  std::string problem, hint;
  if (!std::filesystem::exists(status)) {
    problem = i18n::tr("the site folder '{0}' does not exist", source);
    hint =
        i18n::tr("give --source the folder that holds content/, or start a site there with 'itagen init {0}'", source);
  } else if (!std::filesystem::is_directory(status)) {
    problem = i18n::tr("the site folder '{0}' is not a folder", source);
    hint = i18n::tr("give --source the folder that holds content/");
  } else if (!std::filesystem::is_directory(std::filesystem::path(source) / "content", ec)) {
    // Run from the wrong folder: "missing content/site.yaml" would invite creating one here.
    problem = source == "." ? i18n::tr("the current folder is not a site folder: it has no content/ folder")
                            : i18n::tr("'{0}' is not a site folder: it has no content/ folder", source);
    hint = source == "." ? i18n::tr("run itagen in the site folder, or give --source the folder that holds content/")
                         : i18n::tr("give --source the folder that holds content/");
  } else {
    return 0;
  }
  std::cerr << "error: " << problem << "\n  hint: " << hint << "\n";
  return 2;
}

int check_base_url_option(const std::string& base_url) {
  if (base_url.empty()) return 0;  // not given: site.yaml's base_url
  auto problem = content::base_url_problem(base_url);
  if (!problem) return 0;
  std::cerr << "error: --base-url: " << problem->message << "\n  hint: " << problem->hint << "\n";
  return 2;
}

int check_common(const CommonOptions& opts) {
  if (int status = check_site_folder(opts.source)) return status;
  return check_base_url_option(opts.base_url);
}

}  // namespace itagen::cli
