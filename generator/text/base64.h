// Base64 (RFC 4648, with padding), for data: URIs such as the logo inlined in a document.
#pragma once

#include <string>
#include <string_view>

namespace itagen::text {

std::string base64(std::string_view bytes);

}  // namespace itagen::text
