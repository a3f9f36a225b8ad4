// What a user may type for the things a scaffold names: fiscal years, measure ids, report
// rounds, page slugs and OIT item codes. Each check explains itself in a Failure.
#pragma once

#include <optional>
#include <string>

namespace itagen::scaffold {

struct Failure {
  std::string message;
  std::string hint;
};

// "2567" -> 2567. A fiscal year is Buddhist Era, 4 digits, 2500 or later.
std::optional<int> parse_fiscal_year(const std::string& text, Failure* failure);
// Measure ids: [a-z0-9-]+, they become URLs.
bool valid_measure_id(const std::string& id, Failure* failure);
// Report rounds: 6m 12m q1 q2 q3 q4.
bool valid_round(const std::string& round, Failure* failure);
// "about/contact" (a trailing ".md" or "/" is dropped): [a-z0-9-] segments joined by '/',
// never absolute, never "..", never a section the generator owns (oit/, measures/, ...).
std::optional<std::string> normalize_page_slug(const std::string& text, Failure* failure);
// "O5", "o5", "O05" -> "O5".
std::optional<std::string> normalize_item_code(const std::string& text, Failure* failure);
// "O5" -> "O05.md": the conventional file name, sorting in catalog order.
std::string item_file_name(const std::string& code);

}  // namespace itagen::scaffold
