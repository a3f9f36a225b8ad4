// Fuzzes every content parser (parse_site_config ... parse_criteria): the first byte picks the
// kind, the rest is the file's text. Diagnostics are then formatted against that text.
#include <cstdint>
#include <string>
#include <string_view>

#include "content/parsers.h"
#include "fuzz_support.h"

using namespace itagen;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::uint8_t selector;
  if (!fuzz::take_selector(data, size, selector)) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  diag::DiagnosticSink sink;
  std::string path;
  switch (selector % 9) {
    case 0:
      path = "content/site.yaml";
      (void)content::parse_site_config(text, path, sink);
      break;
    case 1:
      path = "content/scores/2567.yaml";
      (void)content::parse_scores(text, path, sink);
      break;
    case 2:
      path = "content/measures/2567.yaml";
      (void)content::parse_measures(text, path, sink);
      break;
    case 3: {
      // The YAML, then a NUL, then the optional announcement Markdown.
      path = "content/no-gift/2567.yaml";
      std::size_t nul = text.find('\0');
      std::string_view md = nul == std::string_view::npos ? std::string_view() : text.substr(nul + 1);
      (void)content::parse_no_gift(text.substr(0, nul), path, md, "content/no-gift/2567.md", sink);
      break;
    }
    case 4:
      path = "content/oit/2567/O01.md";
      (void)content::parse_oit_item(text, path, 2567, sink);
      break;
    case 5:
      path = "content/reports/2567/6m.yaml";
      (void)content::parse_report(text, path, sink);
      break;
    case 6:
      path = "content/committee/2567.yaml";
      (void)content::parse_committee(text, path, sink);
      break;
    case 7:
      path = "content/pages/about/contact.md";
      (void)content::parse_page(text, path, sink);
      break;
    case 8:
      path = "content/criteria/2567.yaml";
      (void)content::parse_criteria(text, path, sink);
      break;
  }
  fuzz::format_all(sink, path, text);
  return 0;
}
