// What every view needs: the frozen model, URL building under the site's base path, and the
// formatting of scores, dates and Markdown. Views produce template data (JSON) only; templates
// never see model structs, so the model can change without breaking themes.
#pragma once

#include <string>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "markdown/markdown.h"
#include "model/routes.h"
#include "model/site_model.h"

namespace itagen::views {

using nlohmann::json;

// One entry of the site's main navigation.
struct NavEntry {
  std::string section;  // matched against a page's section to mark the current entry
  std::string title;
  std::string path;
};

class ViewContext {
 public:
  explicit ViewContext(const model::SiteModel& model);

  const model::SiteModel& model() const { return model_; }
  const content::SiteConfig& site() const { return model_.content.site; }
  // URLs under the site's base_url (model/routes.h): "measures/2567" -> "/ita/measures/2567/".
  const model::routes::Urls& urls() const { return urls_; }
  const std::string& base_path() const { return urls_.base_path(); }
  const std::string& base_url() const { return urls_.base_url(); }
  std::string url(const std::string& path) const { return urls_.url(path); }
  std::string absolute_url(const std::string& path) const { return urls_.absolute_url(path); }
  // A file of the output, such as one copied from content/static/.
  std::string file_url(const std::string& file) const { return urls_.file_url(file); }
  std::string absolute_file_url(const std::string& file) const { return urls_.absolute_file_url(file); }
  // Where an evidence entry points: its file or page under the base path, or its outside URL
  // as written. The absolute form is for files read away from the site (links.csv).
  std::string evidence_url(const content::Evidence& e) const;
  std::string absolute_evidence_url(const content::Evidence& e) const;
  std::string document_file(const std::string& page) const;

  // Markdown from YAML fields: always safe (raw HTML dropped, script links neutralised).
  std::string md(const content::Markdown& text) const;
  std::string md_inline(const content::Markdown& text) const;
  json md_list(const std::vector<content::Markdown>& items) const;
  // The body of a Markdown file: raw HTML passes only when the site sets unsafe_html. YAML
  // fields never get it: a short field is no place for markup, and one option should not open
  // every field of every file.
  std::string md_body(const content::Markdown& text) const;
  // md_body and the text a reader sees in it, from one parse (or rendered ahead, below).
  markdown::Rendered md_body_rendered(const content::Markdown& text) const;
  // Bodies rendered ahead of the pages, by the address of their Markdown in the model
  // (markdown/parallel_render.h), with body_markdown_options().
  void use_prerendered(std::unordered_map<const content::Markdown*, markdown::Rendered> bodies) {
    prerendered_ = std::move(bodies);
  }
  const markdown::Options& body_markdown_options() const { return body_markdown_; }

  json evidence(const std::vector<content::Evidence>& items) const;
  // Sets target["evidence"] and target["has_evidence"] (templates cannot test a list's size).
  void put_evidence(json& target, const std::vector<content::Evidence>& items) const;
  json date(const std::optional<thai::Date>& d) const;  // {text, iso} or null
  json date(const thai::Date& d) const;

  // Computed once: every page shows it, and a site may have thousands of pages.
  const std::vector<NavEntry>& navigation() const { return navigation_; }

 private:
  std::vector<NavEntry> navigation_;
  const model::SiteModel& model_;
  model::routes::Urls urls_;
  markdown::Options markdown_;       // YAML fields: always safe
  markdown::Options body_markdown_;  // Markdown files: the site's unsafe_html
  std::unordered_map<const content::Markdown*, markdown::Rendered> prerendered_;
};

// Optional text for templates: null when empty. A Mustache section treats every string, even
// "", as true, so an empty field would print its label with nothing after it; null is false.
// The key stays, so that a lookup does not climb to an outer object's field of the same name.
json optional_text(const std::string& text);

// Thai labels for enumerations.
std::string kind_label(content::MeasureKind kind);
std::string status_label(content::ReportStatus status);
std::string status_key(content::ReportStatus status);
std::string channel_label(const std::string& channel);
std::string direction_label(model::Direction direction);
json indicator_ref(const ViewContext& ctx, int number, int results_year);

}  // namespace itagen::views
