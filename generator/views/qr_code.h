// A QR code of a web address as inline SVG (libqrencode), printed on each official document so
// that a reader of the paper copy reaches the live page.
#pragma once

#include <string>

namespace itagen::views {

// An <svg> of the code with a quiet zone, drawn as one path of dark modules; "" when the text
// is too long for a QR code. The size is left to the stylesheet (viewBox only).
std::string qr_code_svg(const std::string& text);

}  // namespace itagen::views
