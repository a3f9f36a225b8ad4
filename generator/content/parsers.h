// One parser per content kind, each taking text and a site-relative path, so tests run in
// memory (load_site.h reads the files).
// Problems go to the DiagnosticSink with path:line:column; a parser returns nullopt only when
// the record is unusable.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "content/records.h"
#include "diag/diagnostic.h"

namespace itagen::content {

struct FrontMatter {
  std::string yaml;        // text between the --- lines
  int yaml_first_line = 0; // 1-based line of the first YAML line in the file
  std::string body;        // Markdown after the closing ---
  int body_first_line = 0;
};

std::optional<FrontMatter> split_front_matter(std::string_view text, const std::string& path,
                                              diag::DiagnosticSink& sink);

std::optional<SiteConfig> parse_site_config(std::string_view text, const std::string& path,
                                            diag::DiagnosticSink& sink);
std::optional<ScoresRecord> parse_scores(std::string_view text, const std::string& path,
                                         diag::DiagnosticSink& sink);
std::optional<MeasuresRecord> parse_measures(std::string_view text, const std::string& path,
                                             diag::DiagnosticSink& sink);
// md_text is the optional <fy>.md announcement text (empty when absent).
std::optional<NoGiftRecord> parse_no_gift(std::string_view text, const std::string& path,
                                          std::string_view md_text, const std::string& md_path,
                                          diag::DiagnosticSink& sink);
std::optional<OitItemFile> parse_oit_item(std::string_view text, const std::string& path,
                                          int fiscal_year, diag::DiagnosticSink& sink);
std::optional<ReportRecord> parse_report(std::string_view text, const std::string& path,
                                         diag::DiagnosticSink& sink);
std::optional<CommitteeRecord> parse_committee(std::string_view text, const std::string& path,
                                               diag::DiagnosticSink& sink);
std::optional<PageRecord> parse_page(std::string_view text, const std::string& path,
                                     diag::DiagnosticSink& sink);
std::optional<CriteriaFile> parse_criteria(std::string_view text, const std::string& path,
                                           diag::DiagnosticSink& sink);

}  // namespace itagen::content
