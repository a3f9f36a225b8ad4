// Fuzzes split_front_matter and checks what it returns lies inside the input; and the fast path
// for flat front matter against yaml-cpp (flat_front_matter_check.h).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "content/parsers.h"
#include "flat_front_matter_check.h"
#include "fuzz_support.h"

using namespace itagen;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  diag::DiagnosticSink sink;
  auto fm = content::split_front_matter(text, "content/pages/a.md", sink);
  if (fm) {
    if (fm->yaml.size() + fm->body.size() > text.size()) std::abort();
    if (text.find(fm->body) == std::string_view::npos) std::abort();
    if (fm->yaml_first_line < 1 || fm->body_first_line <= fm->yaml_first_line) std::abort();
    if (!fuzz::flat_front_matter_agrees(fm->yaml)) std::abort();
  } else if (!sink.has_errors()) {
    std::abort();  // nullopt must come with a reason
  }
  fuzz::format_all(sink, "content/pages/a.md", text);
  return 0;
}
