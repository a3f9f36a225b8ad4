// The rule for web addresses in content and on the command line (content-model.md, v2): a
// web address is absolute, http:// or https://. One without a scheme (www.example.go.th/x)
// would become a broken relative link, on the site and in the OIT list sent to the assessors.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace itagen::content {

struct WebAddressProblem {
  std::string message;  // "web address 'www.example.go.th/x' has no http:// or https://"
  std::string hint;     // "write https://www.example.go.th/x"
};

// nullopt when url is an http:// or https:// address. An empty url is not checked here
// (whether a field may be empty is its reader's business), and neither are unsafe schemes
// (text_checks.h: is_unsafe_url reports those first).
std::optional<WebAddressProblem> web_address_problem(std::string_view url);

// The same for a base URL, which may also be a path from the root of the host (/ita/), and
// may not be empty.
std::optional<WebAddressProblem> base_url_problem(std::string_view url);

}  // namespace itagen::content
