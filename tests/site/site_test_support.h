// Helpers for whole-site tests: load a fixture site from tests/sites/<name>/ into memory,
// change files in memory, build it into a MemorySink, and look at the output.
#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "pipeline/pipeline.h"
#include "diag/printer.h"
#include "fs/file_system.h"
#include "output/sink.h"

namespace itagen::testing {

inline std::map<std::string, std::string> read_fixture(const std::string& name) {
  std::map<std::string, std::string> files;
  std::filesystem::path root = std::filesystem::path(ITAGEN_SOURCE_DIR) / "tests" / "sites" / name;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    files[std::filesystem::relative(entry.path(), root).generic_string()] = text.str();
  }
  return files;
}

struct BuiltSite {
  bool ok = false;
  std::map<std::string, std::string> files;
  diag::DiagnosticSink diags;
  std::string messages;  // every diagnostic, formatted as the CLI prints it

  const std::string& file(const std::string& path) const {
    static const std::string kMissing = "<missing>";
    auto it = files.find(path);
    return it == files.end() ? kMissing : it->second;
  }
  bool has(const std::string& path) const { return files.count(path) > 0; }
};

inline BuiltSite build_files(const std::map<std::string, std::string>& source, const std::string& base_url = {},
                             unsigned markdown_workers = 1, bool release_page_sources = false) {
  fs::MemoryFileSystem fs(source);
  output::MemorySink sink;
  BuiltSite site;
  pipeline::Options options;
  options.base_url = base_url;
  options.markdown_workers = markdown_workers;
  options.release_page_sources = release_page_sources;
  site.ok = pipeline::run(fs, &sink, options, site.diags).ok;
  site.files = sink.take();
  for (const auto& d : site.diags.diagnostics()) {
    site.messages += diag::format_diagnostic(d, [&fs](const std::string& p) { return fs.read(p); });
  }
  return site;
}

inline BuiltSite build_fixture(const std::string& name) { return build_files(read_fixture(name)); }

// Every href/src of every HTML page that points inside the site, as output paths.
inline std::set<std::string> internal_links(const BuiltSite& site, const std::string& base_path,
                                            std::map<std::string, std::string>* found_in = nullptr) {
  static const std::regex kLink(R"((?:href|src)=\"([^\"#?]*)[^\"]*\")");
  std::set<std::string> links;
  for (const auto& [path, text] : site.files) {
    if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0) continue;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), kLink); it != std::sregex_iterator(); ++it) {
      std::string url = (*it)[1];
      if (url.rfind(base_path, 0) != 0) continue;
      std::string target = url.substr(base_path.size());
      if (target.empty() || target.back() == '/') target += "index.html";
      links.insert(target);
      if (found_in) found_in->emplace(target, path);
    }
  }
  return links;
}

}  // namespace itagen::testing
