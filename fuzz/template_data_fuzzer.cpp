// Renders the default theme's templates with hostile data: the first byte picks the template,
// the rest is a JSON document used as both the page and the site data (seeds come from the
// example site's real page data, see make_corpus.sh).
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "render/template_engine.h"
#include "render/theme.h"
#include "fuzz_support.h"

using namespace itagen;

namespace {

struct Theme {
  render::CompiledTemplates templates;
  std::vector<std::string> names;
};

const Theme& theme() {
  static const Theme* t = [] {
    auto* t = new Theme;
    diag::DiagnosticSink sink;
    const std::string kTemplates = "templates/", kPartials = "templates/partials/", kExt = ".mustache";
    for (const auto& [path, text] : render::builtin_theme_files()) {
      if (path.size() <= kExt.size() || path.compare(path.size() - kExt.size(), kExt.size(), kExt) != 0) continue;
      if (path.rfind(kPartials, 0) == 0) {
        std::string name = path.substr(kPartials.size(), path.size() - kPartials.size() - kExt.size());
        t->templates.add_partial(name, text, path);
      } else if (path.rfind(kTemplates, 0) == 0) {
        std::string name = path.substr(kTemplates.size(), path.size() - kTemplates.size() - kExt.size());
        t->templates.add_template(name, text, path);
        t->names.push_back(name);
      }
    }
    // The built-in theme must compile.
    if (!t->templates.compile(sink) || t->names.empty() || sink.has_errors()) std::abort();
    return t;
  }();
  return *t;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Theme& t = theme();
  std::uint8_t selector;
  if (!fuzz::take_selector(data, size, selector)) return 0;
  auto doc = nlohmann::json::parse(data, data + size, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return 0;
  const std::string& name = t.names[selector % t.names.size()];
  (void)t.templates.render(name, doc, doc);
  return 0;
}
