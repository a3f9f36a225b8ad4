// OIT criteria catalogs: generator/data/criteria/<fy>.yaml or content/criteria/<fy>.yaml.
#include <set>

#include "content/parsers.h"
#include "content/field_readers.h"
#include "content/text_checks.h"
#include "ita/framework.h"

namespace itagen::content {
namespace {

using namespace detail;

std::optional<CatalogItem> read_item(Reader& r, const Value& v) {
  Fields f(r, v, {"code", "sub_indicator", "title", "requires", "not_applicable"});
  if (!f.ok()) return std::nullopt;
  CatalogItem item;
  auto code = as_item_code(r, f.value("code", Need::kRequired));
  if (!code) return std::nullopt;
  item.code = *code;
  item.number = std::stoi(code->substr(1));
  Value sub = f.value("sub_indicator", Need::kRequired);
  item.sub_indicator = as_text(r, sub).value_or("");
  if (sub.present() && !ita::find_sub_indicator(item.sub_indicator)) {
    std::vector<std::string> codes;
    for (const auto& s : ita::sub_indicators()) codes.emplace_back(s.code);
    std::string close = diag::closest_match(item.sub_indicator, codes);
    r.error(sub.where, "unknown sub-indicator '" + item.sub_indicator + "'",
            close.empty() ? "sub-indicators are 9.1 to 9.5, 10.1 and 10.2" : "did you mean '" + close + "'?");
  }
  item.title = f.text("title", Need::kRequired);
  item.requirements = as_text_list(r, f.value("requires"));
  item.not_applicable = as_bool(r, f.value("not_applicable")).value_or(false);
  return item;
}

std::optional<Catalog> read_catalog(Reader& r, const Value& top) {
  Fields f(r, top, {"fiscal_year", "items"});
  Catalog catalog;
  catalog.source = r.path();
  auto year = read_fiscal_year(f, four_digit_year(stem(r.path())), "file name '" + base_name(r.path()) + "'");
  if (!year) return std::nullopt;
  catalog.fiscal_year = *year;
  std::set<std::string> seen;
  for (const auto& element : as_list(r, f.value("items", Need::kRequired))) {
    auto item = read_item(r, element);
    if (!item) continue;
    if (!seen.insert(item->code).second) {
      r.error(element.where, "item '" + item->code + "' is listed twice", "keep one entry per item code");
      continue;
    }
    catalog.items.push_back(std::move(*item));
  }
  return catalog;
}

}  // namespace

std::optional<Catalog> parse_catalog(std::string_view text, const std::string& path, diag::DiagnosticSink& sink) {
  return parse_yaml_file(text, path, sink, read_catalog);
}

}  // namespace itagen::content
