// Escaping for the text formats the generator writes by hand (HTML/XML, CSV).
#pragma once

#include <string>
#include <string_view>

namespace itagen::text {

std::string html_escape(std::string_view text);  // also valid for XML
std::string csv_field(std::string_view text);    // RFC 4180 quoting

}  // namespace itagen::text
