// URL shapes (see routes.h).
#include "model/routes.h"

#include <cstdio>
#include <string_view>

namespace itagen::model::routes {
namespace {

std::string y(int year) { return std::to_string(year); }

// A path as it may appear in a URL: bytes outside the unreserved and path characters (spaces,
// Thai letters of a page or file name, '#', '?', '%') are percent-encoded, so that links,
// sitemap.xml and feed.xml hold valid URLs. The files keep their own names on disk.
std::string encode_path(const std::string& path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : path) {
    unsigned char u = static_cast<unsigned char>(c);
    bool keep = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                std::string_view("-._~/!$&'()*+,;=:@").find(c) != std::string_view::npos;
    if (keep) {
      out += c;
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    }
  }
  return out;
}

}  // namespace

std::string home() { return ""; }
std::string ita_history() { return "ita"; }
std::string ita_year(int fiscal_year) { return "ita/" + y(fiscal_year); }
std::string oit_index(int fiscal_year) { return "oit/" + y(fiscal_year); }
std::string oit_item(int fiscal_year, const std::string& code) { return oit_index(fiscal_year) + "/" + oit_slug(code); }
std::string measures(int fiscal_year) { return "measures/" + y(fiscal_year); }
std::string measure(int fiscal_year, const std::string& id) { return measures(fiscal_year) + "/" + id; }
std::string no_gift(int fiscal_year) { return "no-gift/" + y(fiscal_year); }
std::string report_round(int fiscal_year, const std::string& round) { return "reports/" + y(fiscal_year) + "/" + round; }
std::string committee(int fiscal_year) { return "committee/" + y(fiscal_year); }
std::string annual_report(int fiscal_year) { return "report/" + y(fiscal_year); }
std::string search() { return "search"; }
std::string not_found() { return "404"; }
std::string status_page() { return "_status"; }

std::string oit_slug(const std::string& code) {
  int number = 0;
  for (char c : code) {
    if (c >= '0' && c <= '9') number = number * 10 + (c - '0');
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "o%02d", number);
  return buf;
}

std::string output_file(const std::string& page_path) {
  if (page_path.empty()) return "index.html";
  if (page_path == not_found()) return "404.html";
  return page_path + "/index.html";
}

std::string sitemap() { return "sitemap.xml"; }
std::string robots() { return "robots.txt"; }
std::string feed() { return "feed.xml"; }
std::string ita_json() { return "data/ita.json"; }
std::string ita_history_csv() { return "data/ita-history.csv"; }
std::string search_index() { return "search-index.json"; }
std::string oit_links_csv(int fiscal_year) { return oit_index(fiscal_year) + "/links.csv"; }
std::string theme_asset(const std::string& path) { return "assets/" + path; }

DocumentRoute document(DocumentKind kind, int fiscal_year) {
  switch (kind) {
    case DocumentKind::kMeasures:
      return {kind, fiscal_year, measures(fiscal_year), measures(fiscal_year) + "/measures.pdf"};
    case DocumentKind::kNoGift:
      return {kind, fiscal_year, no_gift(fiscal_year), no_gift(fiscal_year) + "/no-gift.pdf"};
    case DocumentKind::kReport:
      break;
  }
  return {kind, fiscal_year, annual_report(fiscal_year), annual_report(fiscal_year) + "/report.pdf"};
}

std::string base_path_of(const std::string& base_url) {
  std::size_t scheme = base_url.find("://");
  std::string path;
  if (scheme == std::string::npos) {
    path = base_url;  // a bare path such as "/ita/"
  } else {
    std::size_t slash = base_url.find('/', scheme + 3);
    path = slash == std::string::npos ? "/" : base_url.substr(slash);
  }
  path = path.substr(0, path.find_first_of("?#"));
  if (path.empty() || path.front() != '/') path.insert(0, "/");
  if (path.back() != '/') path += '/';
  return path;
}

Urls::Urls(std::string base_url) : base_url_(std::move(base_url)) {
  if (base_url_.empty() || base_url_.back() != '/') base_url_ += '/';
  base_path_ = base_path_of(base_url_);
}

std::string Urls::url(const std::string& page_path) const {
  if (page_path == not_found()) return base_path_ + output_file(page_path);
  return page_path.empty() ? base_path_ : base_path_ + encode_path(page_path) + "/";
}

std::string Urls::absolute_url(const std::string& page_path) const {
  if (page_path == not_found()) return base_url_ + output_file(page_path);
  return page_path.empty() ? base_url_ : base_url_ + encode_path(page_path) + "/";
}

std::string Urls::file_url(const std::string& output_path) const { return base_path_ + encode_path(output_path); }

std::string Urls::absolute_file_url(const std::string& output_path) const {
  return base_url_ + encode_path(output_path);
}

}  // namespace itagen::model::routes
