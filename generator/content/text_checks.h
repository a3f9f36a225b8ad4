// Rules on plain text shared by several content kinds: encoding, link safety, measure ids, OIT
// item codes and the years that file names state. Nothing here reads YAML.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"

namespace itagen::content::detail {

constexpr std::size_t kMaxFileBytes = 10 * 1024 * 1024;

// Reports a file over kMaxFileBytes or holding bytes that are not UTF-8 (at the first bad
// byte; line_offset is added to its line). False when the text must not be parsed.
bool check_encoding(std::string_view text, const std::string& path, int line_offset, diag::DiagnosticSink& sink);

// True for javascript:, data: and vbscript: links, however they are spelled.
bool is_unsafe_url(std::string_view url);

// [a-z0-9-]+, the measure id rule.
bool is_valid_id(std::string_view id);
// "o01" -> "O1"; nullopt when not an OIT item code.
std::optional<std::string> normalize_item_code(std::string_view code);

std::string base_name(std::string_view path);  // "content/scores/2566.yaml" -> "2566.yaml"
std::string stem(std::string_view path);       // -> "2566"
// The year a file or folder name states when it is 4 digits, else nullopt.
std::optional<int> four_digit_year(std::string_view name);

}  // namespace itagen::content::detail
