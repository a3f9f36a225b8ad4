// Readers of the fields several content kinds share: fiscal years, indicator numbers, OIT item
// codes and links.
#include "content/field_readers.h"

#include "content/text_checks.h"
#include "content/web_address.h"
#include "thai/dates.h"
#include "i18n/translate.h"

namespace itagen::content::detail {

bool check_url(Reader& r, const std::string& url, const SourceLocation& where) {
  if (!is_unsafe_url(url)) return true;
  r.error(where, i18n::tr("unsafe link '{0}'", url), i18n::tr("use an https:// link"));
  return false;
}


std::optional<int> as_be_year(Reader& r, const Value& v) {
  auto year = as_int(r, v);
  if (!year) return std::nullopt;
  if (*year >= thai::kFirstBuddhistEraYear && *year <= 9999) return year;
  if (*year >= 1900 && *year < thai::kFirstBuddhistEraYear) {
    r.error(
        v.where, i18n::tr("fiscal year '{0}' is not a Buddhist Era year", std::to_string(*year)),
        i18n::tr("fiscal years are Buddhist Era: did you mean {0}?", std::to_string(*year + thai::kBuddhistEraOffset)));
  } else {
    r.error(v.where, i18n::tr("'{0}' is not a fiscal year", std::to_string(*year)),
            i18n::tr("write the Buddhist Era year, such as 2567"));
  }
  return std::nullopt;
}

std::optional<int> read_fiscal_year(Fields& f, std::optional<int> named_year, const std::string& named_by) {
  Value v = f.value("fiscal_year", Need::kRequired);
  auto year = as_be_year(f.reader(), v);
  if (year && named_year && *year != *named_year) {
    f.reader().error(v.where,
                     i18n::tr("fiscal_year '{0}' does not match the {1}", std::to_string(*year), named_by),
                     i18n::tr("write 'fiscal_year: {0}', or rename the file", std::to_string(*named_year)));
  }
  return year;
}

std::optional<int> as_indicator(Reader& r, const Value& v) {
  auto n = as_int(r, v);
  if (n && *n < 1) {
    r.error(v.where, i18n::tr("unknown indicator '{0}'", std::to_string(*n)),
            i18n::tr("indicators are numbered from 1"));
    return std::nullopt;
  }
  return n;
}

std::vector<int> as_indicator_list(Reader& r, const Value& v, std::vector<SourceLocation>* where) {
  std::vector<int> out;
  for (const auto& element : as_list(r, v)) {
    if (auto n = as_indicator(r, element)) {
      out.push_back(*n);
      if (where) where->push_back(element.where);
    }
  }
  return out;
}

std::optional<std::string> as_item_code(Reader& r, const Value& v) {
  auto text = as_text(r, v);
  if (!text) return std::nullopt;
  auto code = normalize_item_code(*text);
  if (!code) {
    r.error(v.where, i18n::tr("invalid OIT item code '{0}'", *text), i18n::tr("write item codes like O1 or O24"));
  }
  return code;
}

std::vector<std::string> as_item_code_list(Reader& r, const Value& v, std::vector<SourceLocation>* where) {
  std::vector<std::string> out;
  for (const auto& element : as_list(r, v)) {
    if (auto code = as_item_code(r, element)) {
      out.push_back(*code);
      if (where) where->push_back(element.where);
    }
  }
  return out;
}

std::string url_field(Fields& f, const std::string& key, Need need) {
  Value v = f.value(key, need);
  auto text = as_text(f.reader(), v);
  if (!text) return {};
  if (!check_url(f.reader(), *text, v.where)) return *text;
  if (auto problem = web_address_problem(*text)) f.reader().error(v.where, problem->message, problem->hint);
  return *text;
}

std::string link_or_text_field(Fields& f, const std::string& key) {
  Value v = f.value(key);
  auto text = as_text(f.reader(), v);
  if (!text) return {};
  check_url(f.reader(), *text, v.where);
  return *text;
}

}  // namespace itagen::content::detail
