// content/scores/<fy>.yaml: a year's published ITA results.
#include <cctype>

#include "content/parsers.h"
#include "content/field_readers.h"
#include "content/text_checks.h"
#include "i18n/translate.h"

namespace itagen::content {
namespace {

using namespace detail;

// The entries of a map-valued field such as indicators: {1: 100, ...}.
std::vector<Entry> entries_of(Reader& r, const Value& v, const std::string& example) {
  if (!v.present()) return {};
  if (!v.node.IsMap()) {
    r.error(v.where, i18n::tr("'{0}' must be a map", v.name),
            i18n::tr("write it as {{0}}, or one 'key: value' line each", example));
    return {};
  }
  return map_entries(r, v);
}

template <typename Key>
bool add_once(Reader& r, ScoresRecord& rec, std::map<Key, Located<Score>>& out, const Key& key,
              const std::string& shown, const Entry& e) {
  if (out.count(key)) {
    r.error(e.key_where, i18n::tr("{0} is given twice", shown), i18n::tr("keep one of them"));
    return false;
  }
  if (auto score = as_score(r, e.value)) out[key] = {*score, e.value.where};
  rec.key_where[shown] = e.key_where;
  return true;
}

void read_indicators(Reader& r, const Value& v, ScoresRecord& rec) {
  for (const auto& e : entries_of(r, v, "1: 100, 2: 99.50")) {
    auto n = as_indicator(r, Value{YAML::Node(e.key), e.key_where, "indicators"});
    if (n) add_once(r, rec, rec.indicators, *n, i18n::tr("indicator '{0}'", std::to_string(*n)), e);
  }
}

void read_sub_indicators(Reader& r, const Value& v, ScoresRecord& rec) {
  for (const auto& e : entries_of(r, v, "\"9.1\": 100, \"10.2\": 87.50")) {
    add_once(r, rec, rec.sub_indicators, e.key, i18n::tr("sub-indicator '{0}'", e.key), e);
  }
}

void read_tools(Reader& r, const Value& v, ScoresRecord& rec) {
  for (const auto& e : entries_of(r, v, "IIT: 28.36, EIT: 28.42, OIT: 40.00")) {
    std::string code = e.key;
    for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    add_once(r, rec, rec.tools, code, i18n::tr("tool '{0}'", code), e);
  }
}

std::optional<Score> item_score(Reader& r, const Value& v) {
  auto score = as_score(r, v);
  if (score && *score != Score::from_hundredths(0) && *score != Score::from_hundredths(10000)) {
    r.error(v.where, i18n::tr("item score '{0}' must be 0 or 100", v.node.Scalar()),
            i18n::tr("an OIT item passes (100) or not (0); write {not_applicable: true} when it does not apply"));
    return std::nullopt;
  }
  return score;
}

void read_items(Reader& r, const Value& v, ScoresRecord& rec) {
  for (const auto& e : entries_of(r, v, "O1: 100, O24: 0")) {
    auto code = as_item_code(r, Value{YAML::Node(e.key), e.key_where, "items"});
    if (!code) continue;
    bool twice = false;
    for (const auto& item : rec.items) twice = twice || item.code == *code;
    if (twice) {
      r.error(e.key_where, i18n::tr("item '{0}' is given twice", *code), i18n::tr("keep one of them"));
      continue;
    }
    ItemResult item{*code, std::nullopt, "", e.key_where};
    if (e.value.present() && e.value.node.IsMap()) {
      Fields f(r, e.value, {"score", "note", "not_applicable"});
      item.note = f.text("note");
      bool na = as_bool(r, f.value("not_applicable")).value_or(false);
      if (na && f.has("score")) {
        r.error(f.where(), i18n::tr("item '{0}' has both 'score' and 'not_applicable'", *code),
                i18n::tr("keep one of them"));
      } else if (!na) {
        item.score = item_score(r, f.value("score", Need::kRequired));
      }
    } else {
      if (!e.value.present())
        r.error(e.key_where, i18n::tr("'{0}' is empty", e.key), i18n::tr("write its score, 0 or 100"));
      item.score = item_score(r, e.value);
    }
    rec.items.push_back(std::move(item));
  }
}

std::optional<int> positive(Reader& r, const Value& v) {
  auto n = as_int(r, v);
  if (n && *n < 1) {
    r.error(v.where, i18n::tr("'{0}' must be a positive whole number, got '{1}'", v.name, std::to_string(*n)),
            i18n::tr("write 1 or more"));
    return std::nullopt;
  }
  return n;
}

std::optional<ScoresRecord> read_scores(Reader& r, const Value& top) {
  Fields f(r, top, {"fiscal_year", "total", "level", "rank", "of", "indicators", "sub_indicators", "tools", "items"});
  ScoresRecord rec;
  rec.where = f.where();
  auto year = read_fiscal_year(f, four_digit_year(stem(r.path())), i18n::tr("file name '{0}'", base_name(r.path())));
  if (!year) return std::nullopt;
  rec.fiscal_year = *year;
  Value total = f.value("total");
  if (auto score = as_score(r, total)) rec.total = Located<Score>{*score, total.where};
  Value level = f.value("level");
  // Which levels exist depends on the year's rating scale: the model checks it.
  if (auto code = as_text(r, level)) rec.level = Located<std::string>{*code, level.where};
  rec.rank = positive(r, f.value("rank"));
  Value of = f.value("of");
  rec.of = positive(r, of);
  if (rec.rank && rec.of && *rec.rank > *rec.of) {
    r.error(of.where,
            i18n::tr("rank '{0}' is larger than 'of' '{1}'", std::to_string(*rec.rank), std::to_string(*rec.of)),
            i18n::tr("'of' is the number of offices ranked"));
  }
  read_indicators(r, f.value("indicators"), rec);
  read_sub_indicators(r, f.value("sub_indicators"), rec);
  read_tools(r, f.value("tools"), rec);
  read_items(r, f.value("items"), rec);
  return rec;
}

}  // namespace

std::optional<ScoresRecord> parse_scores(std::string_view text, const std::string& path, diag::DiagnosticSink& sink) {
  return parse_yaml_file(text, path, sink, read_scores);
}

}  // namespace itagen::content
