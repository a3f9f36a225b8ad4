// QR code to SVG with libqrencode. Medium error correction (M): a printed page gets creased and
// stamped; the addresses are short, so the code stays small.
#include "views/qr_code.h"

#include <memory>

#include <qrencode.h>

namespace itagen::views {

std::string qr_code_svg(const std::string& text) {
  std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M),
                                                        &QRcode_free);
  if (!code) return {};
  constexpr int kQuiet = 4;  // the quiet zone the standard asks for, in modules
  const int width = code->width;
  const int size = width + 2 * kQuiet;
  std::string path;
  for (int y = 0; y < width; ++y) {
    // Runs of dark modules on a row become one rectangle each, which keeps the path short.
    for (int x = 0; x < width;) {
      if (!(code->data[y * width + x] & 1)) {
        ++x;
        continue;
      }
      int run = 1;
      while (x + run < width && (code->data[y * width + x + run] & 1)) ++run;
      path += "M" + std::to_string(x + kQuiet) + " " + std::to_string(y + kQuiet) + "h" + std::to_string(run) +
              "v1h-" + std::to_string(run) + "z";
      x += run;
    }
  }
  const std::string side = std::to_string(size);
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 " + side + " " + side +
         "\" role=\"img\" aria-label=\"QR code\" shape-rendering=\"crispEdges\"><rect width=\"" + side +
         "\" height=\"" + side + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
}

}  // namespace itagen::views
