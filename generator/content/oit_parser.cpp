// content/oit/<fy>/*.md: one OIT evidence item per file, front matter plus a Markdown body.
#include "content/parsers.h"
#include "content/field_readers.h"
#include "content/text_checks.h"

namespace itagen::content {
namespace {

using namespace detail;

std::optional<OitItemFile> read_item(Reader& r, const Value& map, int fiscal_year) {
  Fields f(r, map, {"item", "updated", "responsible", "evidence", "statement", "assessor_note"});
  OitItemFile file;
  file.fiscal_year = fiscal_year;
  Value item = f.value("item", Need::kRequired);
  auto code = as_item_code(r, item);
  if (!code) return std::nullopt;
  file.item = *code;
  file.where = item.where;
  if (auto updated = as_date(r, f.value("updated", Need::kRequired))) file.updated = *updated;
  file.responsible = f.text("responsible");
  file.evidence = as_evidence_list(r, f.value("evidence"));
  file.statement = f.md("statement");
  file.assessor_note = f.text("assessor_note");
  return file;
}

}  // namespace

std::optional<OitItemFile> parse_oit_item(std::string_view text, const std::string& path, int fiscal_year,
                                          diag::DiagnosticSink& sink) {
  if (!check_encoding(text, path, 0, sink)) return std::nullopt;
  auto fm = split_front_matter(text, path, sink);
  if (!fm) return std::nullopt;
  Reader r(path, fm->yaml_first_line - 1, sink);
  auto file = guarded(r, [&]() -> std::optional<OitItemFile> {
    auto doc = load_yaml(fm->yaml, r, false);
    if (!doc) return std::nullopt;
    auto map = front_matter_map(*doc, r);
    if (!map) return std::nullopt;
    return read_item(r, *map, fiscal_year);
  });
  if (file) file->body = Markdown{fm->body, {path, fm->body_first_line, 1}};
  return file;
}

}  // namespace itagen::content
