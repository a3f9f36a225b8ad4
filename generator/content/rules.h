// Checks shared by several content kinds: encoding, years, indicator numbers, OIT item codes,
// measure ids and link safety.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "content/yaml_reader.h"

namespace itagen::content::detail {

constexpr std::size_t kMaxFileBytes = 10 * 1024 * 1024;

// Reports a file over kMaxFileBytes or holding bytes that are not UTF-8 (at the first bad
// byte; line_offset is added to its line). False when the text must not be parsed.
bool check_encoding(std::string_view text, const std::string& path, int line_offset, diag::DiagnosticSink& sink);

// True for javascript:, data: and vbscript: links, however they are spelled.
bool is_unsafe_url(std::string_view url);
// Reports an unsafe link.
void check_url(Reader& r, const std::string& url, const SourceLocation& where);

// [a-z0-9-]+, the measure id rule.
bool is_valid_id(std::string_view id);
// "o01" -> "O1"; nullopt when not an OIT item code.
std::optional<std::string> normalize_item_code(std::string_view code);

std::string base_name(std::string_view path);  // "content/scores/2566.yaml" -> "2566.yaml"
std::string stem(std::string_view path);       // -> "2566"
// The year a file or folder name states when it is 4 digits, else nullopt.
std::optional<int> four_digit_year(std::string_view name);

// A Buddhist Era year; a Common Era one is an error that names its BE equivalent.
std::optional<int> as_be_year(Reader& r, const Value& v);
// fiscal_year (required, BE), which must equal named_year when the file name states one.
std::optional<int> read_fiscal_year(Fields& f, std::optional<int> named_year, const std::string& name);
// An indicator number 1..10.
std::optional<int> as_indicator(Reader& r, const Value& v);
std::vector<int> as_indicator_list(Reader& r, const Value& v);
// An OIT item code, normalised.
std::optional<std::string> as_item_code(Reader& r, const Value& v);
std::vector<std::string> as_item_code_list(Reader& r, const Value& v);
// A link field checked with check_url.
std::string url_field(Fields& f, const std::string& key, Need need = Need::kOptional);

// The list of evidence entries: {title, and exactly one of file, url, page}.
std::vector<Evidence> as_evidence_list(Reader& r, const Value& v);

}  // namespace itagen::content::detail
