// Mustache (kainjow) behind a small interface. Partials are inlined into the templates that use
// them before parsing, so each template is parsed once per build (kainjow would otherwise parse
// a partial again every time a page uses it); the site-wide data is converted once, and each
// page converts only its own data.
#pragma once

#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "diag/diagnostic.h"

namespace itagen::render {

class CompiledTemplates {
 public:
  CompiledTemplates();
  ~CompiledTemplates();
  void add_template(const std::string& name, const std::string& text, const std::string& path);
  void add_partial(const std::string& name, const std::string& text, const std::string& path);
  // Inlines partials and parses every template. Syntax errors, missing partials and partials
  // that include themselves are reported; returns false if any.
  bool compile(diag::DiagnosticSink& sink);
  bool has(const std::string& name) const;
  std::string render(const std::string& name, const nlohmann::json& page, const nlohmann::json& site) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace itagen::render
