// Request path safety and lookup in the built file map.
#include "server/routing.h"

#include <array>
#include <optional>

#include "i18n/translate.h"

namespace itagen::server {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Strict percent-decoding; nullopt for a malformed escape or a control character (NUL, CR, LF).
std::optional<std::string> decode(std::string_view raw) {
  std::string out;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '%') {
      if (i + 2 >= raw.size()) return std::nullopt;
      int hi = hex_value(raw[i + 1]), lo = hex_value(raw[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      c = static_cast<char>(hi * 16 + lo);
      i += 2;
    }
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return std::nullopt;
    out += c;
  }
  return out;
}

bool has_encoded_separator(std::string_view raw) {
  for (std::size_t at = raw.find('%'); at != std::string_view::npos && at + 2 < raw.size(); at = raw.find('%', at + 1)) {
    char hi = raw[at + 1], lo = static_cast<char>(raw[at + 2] | 0x20);
    if ((hi == '2' && lo == 'f') || (hi == '5' && lo == 'c')) return true;
  }
  return false;
}

// "/a/b/" -> true when every segment is a plain name: no empty segment ("//"), no "." or "..",
// no backslash. A trailing "/" is allowed.
bool clean_path(const std::string& path) {
  if (path.empty() || path[0] != '/') return false;
  std::size_t start = 1;
  while (start < path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string_view seg(path.data() + start, end - start);
    if (seg.empty() || seg == "." || seg == ".." || seg.find('\\') != std::string_view::npos) return false;
    start = end + 1;
  }
  return true;
}

Reply not_found(const SiteSnapshot& site) {
  auto it = site.files->find("404.html");
  if (it == site.files->end()) {
    return {404, "text/html; charset=utf-8",
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>404</title></head><body><h1>404</h1>"
            "<p>Not found (the site has not been built yet).</p></body></html>",
            "", true};
  }
  return {404, "text/html; charset=utf-8", it->second->bytes(), "", true};
}

Reply redirect(int status, std::string location) { return {status, "text/plain; charset=utf-8", "", std::move(location), false}; }

}  // namespace

std::string content_type_for(std::string_view path) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 14> kTypes{{
      {".html", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".csv", "text/csv; charset=utf-8"},
      {".json", "application/json"},
      {"feed.xml", "application/atom+xml"},
      {".xml", "application/xml"},
      {".pdf", "application/pdf"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".txt", "text/plain; charset=utf-8"},
      {".ico", "image/x-icon"},
  }};
  for (const auto& [suffix, type] : kTypes) {
    if (path.ends_with(suffix)) return std::string(type);
  }
  return "application/octet-stream";
}

Reply route(const SiteSnapshot& site, const std::string& target) {
  if (target.size() > kMaxTargetLength) return not_found(site);
  std::string_view raw(target);
  raw = raw.substr(0, raw.find_first_of("?#"));
  if (raw.empty() || raw[0] != '/') return {400, "text/plain; charset=utf-8", "bad request\n", "", false};
  auto path = decode(raw);
  if (!path) return {400, "text/plain; charset=utf-8", "bad request\n", "", false};
  // A slash written as %2f is never one of ours: built paths are plain segments.
  if (has_encoded_separator(raw) || !clean_path(*path)) return not_found(site);

  const std::string& base = site.base_path;
  std::string rel;
  if (base != "/" && *path == "/") return redirect(302, base);
  if (base != "/" && *path + "/" == base) return redirect(301, base);
  if (base != "/" && path->rfind(base, 0) == 0) {
    rel = path->substr(base.size());
  } else {
    rel = path->substr(1);
  }

  std::string key = rel.empty() || rel.back() == '/' ? rel + "index.html" : rel;
  if (auto it = site.files->find(key); it != site.files->end()) {
    return {200, content_type_for(key), it->second->bytes(), "", key.ends_with(".html")};
  }
  // An official document is printed when it is asked for, not on every rebuild.
  if (site.print_document && key.ends_with(".pdf")) {
    if (auto document = site.print_document(key)) {
      if (document->ok) return {200, content_type_for(key), std::move(document->bytes), "", false};
      return {500, "text/plain; charset=utf-8", i18n::tr("could not print {0}: {1}", key, document->bytes) + "\n", "",
              false};
    }
  }
  if (!rel.empty() && rel.back() != '/' && site.files->count(rel + "/index.html")) {
    return redirect(301, std::string(raw) + "/");
  }
  return not_found(site);
}

}  // namespace itagen::server
