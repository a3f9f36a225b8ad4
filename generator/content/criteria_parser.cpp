// content/criteria/<fy>.yaml and the files shipped in generator/data/criteria/: one year's
// framework as written. Checks that need only this file (kinds of values, duplicates, the order
// of a rating list) are made here; checks across sections, which may be inherited, are made when
// the set of criteria is assembled (criteria_set.cpp).
#include <map>

#include "content/field_readers.h"
#include "content/parsers.h"
#include "content/text_checks.h"
#include "ita/rating.h"
#include "i18n/translate.h"

namespace itagen::content {
namespace {

using namespace detail;

// Key -> the line of its first entry.
using Seen = std::map<std::string, int>;

// Reports a second entry with the same key; true when the key is new.
bool first_time(Reader& r, Seen& seen, const std::string& key, const SourceLocation& where, const std::string& what) {
  auto [it, fresh] = seen.emplace(key, where.line);
  if (fresh) return true;
  r.error(where, i18n::tr("{0} is listed twice", what),
          i18n::tr("the first is on line {0}; keep one entry, or correct the code of one of them",
                   std::to_string(it->second)));
  return false;
}

std::vector<ita::ToolDef> read_tools(Reader& r, const Value& v) {
  std::vector<ita::ToolDef> out;
  Seen seen;
  for (const auto& element : as_list(r, v)) {
    Fields f(r, element, {"code", "title", "weight"});
    if (!f.ok()) continue;
    ita::ToolDef tool;
    tool.where = element.where;
    tool.code = f.text("code", Need::kRequired);
    tool.title = f.text("title");
    Value weight = f.value("weight", Need::kRequired);
    if (auto w = as_int(r, weight)) {
      if (*w < 0 || *w > 100) {
        r.error(weight.where, i18n::tr("weight '{0}' is not a percentage", std::to_string(*w)),
                i18n::tr("write a whole number 0 to 100"));
      } else {
        tool.weight = *w;
      }
    }
    if (tool.code.empty() || !first_time(r, seen, tool.code, element.where, i18n::tr("tool '{0}'", tool.code)))
      continue;
    out.push_back(std::move(tool));
  }
  return out;
}

std::vector<ita::IndicatorDef> read_indicators(Reader& r, const Value& v) {
  std::vector<ita::IndicatorDef> out;
  Seen seen;
  bool order_reported = false;
  for (const auto& element : as_list(r, v)) {
    Fields f(r, element, {"number", "tool", "title"});
    if (!f.ok()) continue;
    ita::IndicatorDef indicator;
    indicator.where = element.where;
    Value number = f.value("number", Need::kRequired);
    auto n = as_int(r, number);
    if (!n) continue;
    indicator.number = *n;
    Value tool = f.value("tool", Need::kRequired);
    indicator.tool = as_text(r, tool).value_or("");
    if (tool.present()) indicator.where = tool.where;  // an unknown tool is reported here
    indicator.title = f.text("title", Need::kRequired);
    if (!first_time(r, seen, std::to_string(*n), element.where, i18n::tr("indicator {0}", std::to_string(*n))))
      continue;
    const int expected = static_cast<int>(out.size()) + 1;
    if (*n != expected && !order_reported) {
      order_reported = true;  // one message: the later numbers are off because of this one
      r.error(number.where,
              i18n::tr("indicator {0} is out of order: indicator {1} should come here", std::to_string(*n),
                       std::to_string(expected)),
              i18n::tr("number the indicators 1, 2, 3 ... in order, with none left out"));
    }
    out.push_back(std::move(indicator));
  }
  return out;
}

std::vector<ita::SubIndicatorDef> read_sub_indicators(Reader& r, const Value& v) {
  std::vector<ita::SubIndicatorDef> out;
  Seen seen;
  for (const auto& element : as_list(r, v)) {
    Fields f(r, element, {"code", "title"});
    if (!f.ok()) continue;
    ita::SubIndicatorDef sub;
    sub.where = element.where;
    Value code = f.value("code", Need::kRequired);
    sub.code = as_text(r, code).value_or("");
    if (code.present()) sub.where = code.where;  // an unknown indicator is reported here
    sub.title = f.text("title", Need::kRequired);
    if (sub.code.empty()) continue;
    // "9.4": digits, one dot, digits; the part before the dot is the indicator.
    std::size_t dot = sub.code.find('.');
    bool well_formed = dot != std::string::npos && dot > 0 && dot <= 3 && dot + 1 < sub.code.size() &&
                       sub.code.find_first_not_of("0123456789.") == std::string::npos &&
                       sub.code.find('.', dot + 1) == std::string::npos;
    int number = well_formed ? std::stoi(sub.code.substr(0, dot)) : 0;
    if (number < 1) {
      r.error(code.where, i18n::tr("sub-indicator code '{0}' is not <indicator>.<number>", sub.code),
              i18n::tr("write it like \"9.1\": the indicator's number, a dot, then the sub-indicator's"));
      continue;
    }
    sub.indicator = number;
    if (!first_time(r, seen, sub.code, element.where, i18n::tr("sub-indicator '{0}'", sub.code))) continue;
    out.push_back(std::move(sub));
  }
  return out;
}

// A rating list: levels from the highest min_total down, the last at 0.
std::optional<ita::Rating> read_rating_list(Reader& r, const Value& v) {
  ita::Rating rating{"custom", {}};
  Seen seen;
  for (const auto& element : as_list(r, v)) {
    Fields f(r, element, {"level", "english", "min_total", "min_each_tool", "pass"});
    if (!f.ok()) continue;
    ita::LevelDef level;
    level.where = element.where;
    level.name = f.text("level", Need::kRequired);
    level.english = f.text("english");
    Value min_total = f.value("min_total", Need::kRequired);
    auto total = as_score(r, min_total);
    level.min_each_tool = as_score(r, f.value("min_each_tool"));
    level.pass = as_bool(r, f.value("pass", Need::kRequired)).value_or(false);
    if (level.name.empty() || !total) continue;
    level.min_total = *total;
    if (!first_time(r, seen, level.name, element.where, i18n::tr("level '{0}'", level.name))) continue;
    if (!rating.levels.empty() && level.min_total > rating.levels.back().min_total) {
      r.error(
          min_total.where,
          i18n::tr("level '{0}' needs more ({1}) than the level above it, '{2}' ({3})", level.name,
                   level.min_total.to_string(), rating.levels.back().name, rating.levels.back().min_total.to_string()),
          i18n::tr("list the levels from the highest min_total down: the first level whose conditions hold applies"));
    }
    level.key = "custom-" + std::to_string(rating.levels.size() + 1);
    rating.levels.push_back(std::move(level));
  }
  if (rating.levels.empty()) {
    r.error(v.where, i18n::tr("the rating lists no levels"), i18n::tr("write aa-f or nacc-5, or a list of levels"));
    return std::nullopt;
  }
  if (rating.levels.back().min_total.hundredths() != 0) {
    r.error(rating.levels.back().where,
            i18n::tr("the last level '{0}' starts at {1}, not 0", rating.levels.back().name,
                     rating.levels.back().min_total.to_string()),
            i18n::tr("end the list with a level whose min_total is 0, so that every total has a level"));
  }
  return rating;
}

std::optional<ita::Rating> read_rating(Reader& r, const Value& v) {
  if (!v.node.IsScalar()) return read_rating_list(r, v);
  auto name = as_text(r, v);
  if (!name) return std::nullopt;
  if (const auto* builtin = ita::builtin_rating(*name)) return *builtin;
  std::string close = diag::closest_match(*name, {"aa-f", "nacc-5"});
  r.error(
      v.where, i18n::tr("unknown rating scale '{0}'", *name),
      close.empty() ? i18n::tr("write aa-f or nacc-5, or a list of levels") : i18n::tr("did you mean '{0}'?", close));
  return std::nullopt;
}

std::optional<ita::OitItem> read_item(Reader& r, const Value& v) {
  Fields f(r, v, {"code", "sub_indicator", "title", "requires", "not_applicable"});
  if (!f.ok()) return std::nullopt;
  ita::OitItem item;
  item.where = v.where;
  auto code = as_item_code(r, f.value("code", Need::kRequired));
  if (!code) return std::nullopt;
  item.code = *code;
  item.number = std::stoi(code->substr(1));
  Value sub = f.value("sub_indicator", Need::kRequired);
  item.sub_indicator = as_text(r, sub).value_or("");
  if (sub.present()) item.where = sub.where;  // an unknown sub-indicator is reported here
  item.title = f.text("title", Need::kRequired);
  item.requirements = as_text_list(r, f.value("requires"));
  item.not_applicable = as_bool(r, f.value("not_applicable")).value_or(false);
  return item;
}

std::vector<ita::OitItem> read_items(Reader& r, const Value& v) {
  std::vector<ita::OitItem> out;
  Seen seen;
  for (const auto& element : as_list(r, v)) {
    auto item = read_item(r, element);
    if (!item) continue;
    if (!first_time(r, seen, item->code, element.where, i18n::tr("item '{0}'", item->code))) continue;
    out.push_back(std::move(*item));
  }
  return out;
}

template <typename T, typename Read>
std::optional<Section<T>> section(Fields& f, const std::string& key, Read read) {
  if (!f.has(key)) return std::nullopt;
  Value v = f.value(key);
  return Section<T>{read(f.reader(), v), f.key_where(key)};
}

std::optional<CriteriaFile> read_criteria(Reader& r, const Value& top) {
  Fields f(r, top, {"fiscal_year", "based_on", "provisional", "source", "tools", "indicators", "sub_indicators",
                    "rating", "items"});
  CriteriaFile file;
  file.path = r.path();
  file.where = f.where();
  auto year = read_fiscal_year(f, four_digit_year(stem(r.path())), i18n::tr("file name '{0}'", base_name(r.path())));
  if (!year) return std::nullopt;
  file.fiscal_year = *year;
  Value based_on = f.value("based_on");
  if (auto base = as_be_year(r, based_on)) {
    if (*base >= *year) {
      r.error(based_on.where, i18n::tr("based_on '{0}' is not an earlier year", std::to_string(*base)),
              i18n::tr("a year's criteria inherit from an earlier year's"));
    } else {
      file.based_on = Located<int>{*base, based_on.where};
    }
  }
  file.provisional = as_bool(r, f.value("provisional"));
  if (f.has("source")) file.source = f.text("source");
  file.tools = section<std::vector<ita::ToolDef>>(f, "tools", read_tools);
  file.indicators = section<std::vector<ita::IndicatorDef>>(f, "indicators", read_indicators);
  file.sub_indicators = section<std::vector<ita::SubIndicatorDef>>(f, "sub_indicators", read_sub_indicators);
  if (f.has("rating")) {
    Value v = f.value("rating");
    if (auto rating = read_rating(r, v)) file.rating = Section<ita::Rating>{*rating, f.key_where("rating")};
  }
  file.items = section<std::vector<ita::OitItem>>(f, "items", read_items);
  return file;
}

}  // namespace

std::optional<CriteriaFile> parse_criteria(std::string_view text, const std::string& path, diag::DiagnosticSink& sink) {
  return parse_yaml_file(text, path, sink, read_criteria);
}

}  // namespace itagen::content
