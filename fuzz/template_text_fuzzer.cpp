// Fuzzes template text: added as a template and as partial 'p' (so a partial may include
// itself), compiled (partials inlined, missing and recursive ones reported), rendered with
// fixed data.
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "fuzz_support.h"
#include "render/template_engine.h"

using namespace itagen;

namespace {

const nlohmann::json& data() {
  static const nlohmann::json d = nlohmann::json::parse(R"({
    "title": "มาตรการ <b>&amp;</b>", "year": 2567, "score": "92.50", "ok": true, "no": false,
    "empty": [], "html": "<p>ข้อ ๑</p>",
    "items": [{"id": "O1", "title": "a", "children": [{"id": "x"}]}, {"id": "O2", "title": "b"}],
    "site": {"name": "สพป.", "base_path": "/ita/", "nav": [{"title": "หน้าแรก", "path": "/"}]}
  })");
  return d;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data_bytes, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data_bytes), size);
  diag::DiagnosticSink sink;
  render::CompiledTemplates templates;
  templates.add_template("t", text, "templates/t.mustache");
  templates.add_partial("p", text, "templates/partials/p.mustache");
  templates.add_partial("q", "<i>{{title}}</i>{{#items}}{{id}}{{> r}}{{/items}}", "templates/partials/q.mustache");
  templates.add_partial("r", "{{#children}}<b>{{id}}</b>{{/children}}", "templates/partials/r.mustache");
  if (templates.compile(sink) && templates.has("t")) (void)templates.render("t", data(), data());
  fuzz::format_all(sink, "templates/t.mustache", text);
  return 0;
}
