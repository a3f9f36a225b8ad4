// A theme: Mustache templates, partials and static assets. A site's own themes/<name>/ files
// override the default theme that ships inside the binary, file by file.
// Layout: templates/<page type>.mustache, templates/partials/<name>.mustache, assets/**.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "diag/diagnostic.h"
#include "fs/file_system.h"

namespace itagen::render {

const std::map<std::string, std::string>& builtin_theme_files();

class CompiledTemplates;  // template_engine.cpp

class Theme {
 public:
  Theme(Theme&&) noexcept;
  ~Theme();

  // Loads and compiles every template; syntax errors and missing partials are reported with
  // the template's path and line. nullopt when the theme cannot be used.
  // named_at: where the site names the theme (theme: in content/site.yaml), for messages.
  static std::optional<Theme> load(const fs::FileSystem& site_files, const std::string& name,
                                   diag::DiagnosticSink& sink,
                                   const diag::SourceLocation& named_at = {"content/site.yaml", 1, 1});

  // Renders templates/<page_type>.mustache with the page's data on top of the site's data.
  std::string render(const std::string& page_type, const nlohmann::json& page, const nlohmann::json& site) const;
  bool has_template(const std::string& page_type) const;

  // assets/** as (path below assets/, bytes).
  const std::map<std::string, std::string>& assets() const { return assets_; }

 private:
  Theme();
  std::unique_ptr<CompiledTemplates> templates_;
  std::map<std::string, std::string> assets_;
};

}  // namespace itagen::render
