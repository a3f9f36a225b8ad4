// Links for the ways to reach the office that are not web addresses: a phone number as offices
// write it ("0-3400-0000 ต่อ 119") and a LINE account ("@abc", an ID, or a line.me address).
#pragma once

#include <string>

namespace itagen::views {

// A phone text split around the number to dial: before + number + rest is the text as written
// (with any Thai digits as Arabic ones, which the page prints in the site's digits anyway).
struct PhoneLink {
  std::string before;  // "โทร. "
  std::string number;  // "0-3400-0000": the part that becomes the link
  std::string rest;    // " ต่อ 119": an extension or a second number, shown as text
  std::string href;    // "tel:034000000"; empty when the text holds no number to dial
};

PhoneLink phone_link(const std::string& text);

// The address that opens a LINE account: a web address as written, "@abc" (an official
// account) as https://line.me/R/ti/p/@abc, a personal ID as https://line.me/ti/p/~id; empty for
// anything else, which is then shown as text only.
std::string line_href(const std::string& text);

}  // namespace itagen::views
