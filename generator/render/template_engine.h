// Mustache (kainjow) behind a small interface: templates are parsed once, the site-wide data
// is converted once, and each page converts only its own data.
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
  // Returns false (and reports) when the text does not parse.
  bool add_template(const std::string& name, const std::string& text, const std::string& path,
                    diag::DiagnosticSink& sink);
  bool add_partial(const std::string& name, const std::string& text, const std::string& path,
                   diag::DiagnosticSink& sink);
  // Every {{> name}} must name a partial that exists.
  void check_partials(diag::DiagnosticSink& sink) const;
  bool has(const std::string& name) const;
  std::string render(const std::string& name, const nlohmann::json& page, const nlohmann::json& site) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace itagen::render
