// The route table: every URL shape of the site in one place. Page paths are relative to the
// base path ("measures/2567"; "" is the home page) and never change: assessors and other sites
// link to them. Whatever needs a URL or an output file name asks here.
#pragma once

#include <cstddef>
#include <string>

namespace itagen::model::routes {

// Page paths.
std::string home();
std::string ita_history();
std::string ita_year(int fiscal_year);
std::string oit_index(int fiscal_year);
std::string oit_item(int fiscal_year, const std::string& code);
std::string measures(int fiscal_year);
std::string measure(int fiscal_year, const std::string& id);
std::string no_gift(int fiscal_year);
std::string report_round(int fiscal_year, const std::string& round);
std::string committee(int fiscal_year);
std::string annual_report(int fiscal_year);
std::string search();
std::string not_found();  // written as 404.html, not as a folder
std::string status_page();  // "_status": the preview server's readiness page, never built
std::string oit_slug(const std::string& code);  // "O1" -> "o01"

// Files beside the pages, as output paths.
std::string output_file(const std::string& page_path);  // "measures/2567" -> "measures/2567/index.html"
std::string sitemap();
std::string robots();
std::string feed();
std::string ita_json();
std::string ita_history_csv();
std::string search_index();
std::string oit_links_csv(int fiscal_year);
std::string theme_asset(const std::string& path);  // a file under the theme's assets/

// The official documents (documents: pdf in site.yaml), each a PDF beside the page it prints:
// "report/2567/report.pdf", "measures/2567/measures.pdf", "no-gift/2567/no-gift.pdf".
enum class DocumentKind { kReport, kMeasures, kNoGift };
struct DocumentRoute {
  DocumentKind kind = DocumentKind::kReport;
  int fiscal_year = 0;
  std::string page_path;  // the page it prints, which links to it: "measures/2567"
  std::string file;       // its output path: "measures/2567/measures.pdf"
};
DocumentRoute document(DocumentKind kind, int fiscal_year);

// Every kind of page, one per template.
enum class PageKind {
  kHome, kItaHistory, kItaYear, kOitIndex, kOitItem, kMeasures, kMeasure, kNoGift, kReportRound, kCommittee,
  kAnnualReport, kFreePage, kSearch, kNotFound
};

// One page of the site. year, index and sub say which record it shows: the measure's index in
// its year's list, the report's index in its year's reports, the free page's index in
// content.pages, the OIT item's group (index) and place in the group (sub).
struct Route {
  std::string path;
  PageKind kind = PageKind::kHome;
  int fiscal_year = 0;
  std::size_t index = 0;
  std::size_t sub = 0;
};

// URLs under the site's base_url. Links are root-relative under the base path, so the site
// works from a sub-folder of an existing web site.
class Urls {
 public:
  explicit Urls(std::string base_url);
  const std::string& base_url() const { return base_url_; }   // "https://www.example.go.th/ita/"
  const std::string& base_path() const { return base_path_; }  // "/ita/"
  std::string url(const std::string& page_path) const;           // "measures/2567" -> "/ita/measures/2567/"
  std::string absolute_url(const std::string& page_path) const;  // -> "https://www.example.go.th/ita/measures/2567/"
  std::string file_url(const std::string& output_path) const;    // "files/a.pdf" -> "/ita/files/a.pdf"
  std::string absolute_file_url(const std::string& output_path) const;

 private:
  std::string base_url_;
  std::string base_path_;
};

// "https://www.example.go.th/ita/" -> "/ita/"; "/" when the address has no path.
std::string base_path_of(const std::string& base_url);

}  // namespace itagen::model::routes
