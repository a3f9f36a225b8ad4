// Telling an address without a scheme from one with a scheme that is not http(s).
#include "content/web_address.h"
#include "i18n/translate.h"

#include <cctype>

namespace itagen::content {
namespace {

bool starts_with_nocase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  }
  return true;
}

// "ftp://", "mailto:", "line:": a scheme as RFC 3986 spells it. A name with a dot before the
// colon is a host and port (www.example.go.th:8080/x), not a scheme.
bool has_other_scheme(std::string_view url) {
  std::size_t colon = url.find(':');
  if (colon == std::string_view::npos || colon == 0 || !std::isalpha(static_cast<unsigned char>(url[0]))) return false;
  for (std::size_t i = 1; i < colon; ++i) {
    unsigned char c = static_cast<unsigned char>(url[i]);
    if (!std::isalnum(c) && c != '+' && c != '-') return false;
  }
  // localhost:8080 is a host and port too: a scheme is not followed by digits alone.
  std::size_t after = colon + 1;
  while (after < url.size() && std::isdigit(static_cast<unsigned char>(url[after]))) ++after;
  return !(after > colon + 1 && (after == url.size() || url[after] == '/'));
}

std::optional<WebAddressProblem> problem_of(std::string_view url, const std::string& other_scheme_hint) {
  const std::string text(url);
  for (std::string_view scheme : {"https://", "http://"}) {
    if (!starts_with_nocase(url, scheme)) continue;
    if (url.size() > scheme.size() && url[scheme.size()] != '/') return std::nullopt;
    return WebAddressProblem{i18n::tr("web address '{0}' names no web site", text),
                             i18n::tr("write the whole address, such as https://www.example.go.th/")};
  }
  if (url.starts_with("//")) {
    return WebAddressProblem{i18n::tr("web address '{0}' has no http:// or https://", text),
                             i18n::tr("write https:{0}", text)};
  }
  if (url.starts_with("/")) {
    // A path of some site: which one is for the user to say.
    return WebAddressProblem{
        i18n::tr("web address '{0}' has no http:// or https://", text),
        i18n::tr("write the whole address with the web site's name, such as https://www.example.go.th{0}", text)};
  }
  if (has_other_scheme(url)) {
    return WebAddressProblem{i18n::tr("web address '{0}' does not start with http:// or https://", text),
                             other_scheme_hint};
  }
  return WebAddressProblem{i18n::tr("web address '{0}' has no http:// or https://", text),
                           i18n::tr("write https://{0}", text)};
}

}  // namespace

std::optional<WebAddressProblem> web_address_problem(std::string_view url) {
  if (url.empty()) return std::nullopt;
  return problem_of(url, i18n::tr("link to a web page, with an address that starts with https://"));
}

std::optional<WebAddressProblem> base_url_problem(std::string_view url) {
  // A path alone (/ita/) makes every link start at the root of whatever host serves the site.
  if (url.starts_with("/") && !url.starts_with("//")) return std::nullopt;
  const std::string example = i18n::tr("write the address the site will have, such as https://www.example.go.th/ita/");
  if (url.empty()) return WebAddressProblem{i18n::tr("the base URL is empty"), example};
  return problem_of(url, example);
}

}  // namespace itagen::content
