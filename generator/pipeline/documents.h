// The official documents of one build (documents: pdf): their print HTML from the theme, and
// the PDF engine that turns it into A4 pages. `build` prints every document into the staging
// output with the pages; the preview server prints one only when it is requested.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "diag/diagnostic.h"
#include "fs/file_system.h"
#include "model/site_model.h"
#include "output/sink.h"
#include "render/theme.h"
#include "views/documents.h"

namespace itagen::pipeline {

// The engine: WeasyPrint (Debian package weasyprint), looked up in PATH.
constexpr const char* kPdfEngine = "weasyprint";

// Reports, at site.yaml's documents: line, a site that asks for documents on a machine
// without the engine. False then.
bool check_pdf_engine(const content::SiteConfig& site, diag::DiagnosticSink& diags);

class DocumentSet {
 public:
  DocumentSet(std::shared_ptr<const model::SiteModel> model, std::shared_ptr<const render::Theme> theme,
              nlohmann::json site_data, const fs::FileSystem& files);

  bool empty() const { return model_->documents.empty(); }
  bool has(const std::string& file) const;  // an output path such as "measures/2567/measures.pdf"

  // The document's print HTML, self-contained (the logo inlined), digits as the site writes them.
  std::string html(const views::DocumentJob& job, std::string* created = nullptr) const;
  // The print HTML of the document written at `file`; "" when there is no such document.
  std::string html_for(const std::string& file) const;
  // The PDF, or nullopt and *error (the engine's own message) when printing failed.
  std::optional<std::string> print(const std::string& file, std::string* error) const;
  // For `build`: every document into the sink; a failure is an error at the documents: line.
  bool print_all(output::OutputSink& sink, diag::DiagnosticSink& diags) const;

 private:
  // created: the document's date (ISO), which fixes every timestamp the engine writes.
  std::optional<std::string> print_html(const std::string& html, const std::string& created, std::string* error) const;
  std::optional<std::string> print_job(const views::DocumentJob& job, std::string* error) const;

  std::shared_ptr<const model::SiteModel> model_;
  std::shared_ptr<const render::Theme> theme_;
  views::ViewContext ctx_;
  nlohmann::json site_data_;
  std::string logo_uri_;  // data: URI of the logo, "" when the site has none
  // The preview server prints a document once per build, when it is first asked for; requests
  // that come while it prints wait for that print rather than start another engine.
  mutable std::mutex print_mutex_;
  mutable std::map<std::string, std::string> printed_;
};

}  // namespace itagen::pipeline
