// ำ is E0 B8 B3 in UTF-8; ํ is E0 B9 8D and า is E0 B8 B2.
#include "thai/sara_am.h"

namespace itagen::thai {

std::string decompose_sara_am(std::string_view utf8) {
  static constexpr std::string_view kSaraAm = "\xE0\xB8\xB3";
  static constexpr std::string_view kParts = "\xE0\xB9\x8D\xE0\xB8\xB2";
  std::string out;
  out.reserve(utf8.size() + utf8.size() / 16);
  std::size_t start = 0;
  for (std::size_t at = utf8.find(kSaraAm); at != std::string_view::npos; at = utf8.find(kSaraAm, start)) {
    out.append(utf8.substr(start, at - start));
    out.append(kParts);
    start = at + kSaraAm.size();
  }
  out.append(utf8.substr(start));
  return out;
}

}  // namespace itagen::thai
