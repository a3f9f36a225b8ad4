// Readers of the fields several content kinds share, on top of yaml_reader.h: fiscal years,
// indicator numbers, OIT item codes, links and evidence lists. Each reports a located error.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "content/yaml_reader.h"

namespace itagen::content::detail {

// Reports an unsafe link (text_checks.h: is_unsafe_url); false when it was one.
bool check_url(Reader& r, const std::string& url, const SourceLocation& where);

// A Buddhist Era year; a Common Era one is an error that names its BE equivalent.
std::optional<int> as_be_year(Reader& r, const Value& v);
// fiscal_year (required, BE), which must equal named_year when the file name states one.
std::optional<int> read_fiscal_year(Fields& f, std::optional<int> named_year, const std::string& name);
// An indicator number, 1 or more (whether the year's framework has it is the model's check).
// The lists also give each element's location when asked.
std::optional<int> as_indicator(Reader& r, const Value& v);
std::vector<int> as_indicator_list(Reader& r, const Value& v, std::vector<SourceLocation>* where = nullptr);
// An OIT item code, normalised.
std::optional<std::string> as_item_code(Reader& r, const Value& v);
std::vector<std::string> as_item_code_list(Reader& r, const Value& v, std::vector<SourceLocation>* where = nullptr);
// A web address field: check_url, then http:// or https:// (web_address.h).
std::string url_field(Fields& f, const std::string& key, Need need = Need::kOptional);
// A field that may hold a link or plain text (a LINE ID, @office): check_url only.
std::string link_or_text_field(Fields& f, const std::string& key);

// The list of evidence entries: {title, and exactly one of file, url, page}.
std::vector<Evidence> as_evidence_list(Reader& r, const Value& v);

}  // namespace itagen::content::detail
