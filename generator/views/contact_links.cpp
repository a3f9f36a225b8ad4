// tel: and LINE links from the contact fields as offices write them.
#include "views/contact_links.h"

#include "thai/numerals.h"

namespace itagen::views {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Characters people put between the digits of one number: 0-3400-0000, (034) 000 000, 034.000.000.
bool inside_number(char c) { return is_digit(c) || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')'; }

bool is_line_id_char(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '_' || c == '-';
}

bool is_line_id(const std::string& id) {
  if (id.empty()) return false;
  for (char c : id) {
    if (!is_line_id_char(c)) return false;
  }
  return true;
}

}  // namespace

PhoneLink phone_link(const std::string& written) {
  const std::string text = thai::arabic_digits(written);
  PhoneLink link;
  // The number starts at its first digit, or at a + or ( just before one.
  std::size_t start = 0;
  while (start < text.size() && !is_digit(text[start])) ++start;
  if (start == text.size()) {
    link.before = text;
    return link;
  }
  while (start > 0 && (text[start - 1] == '+' || text[start - 1] == '(')) --start;
  std::size_t end = start;
  if (text[end] == '+') ++end;
  while (end < text.size() && inside_number(text[end])) ++end;
  // A separator after the last digit belongs to the text that follows ("0-3400-0000 ต่อ").
  while (end > start && !is_digit(text[end - 1])) --end;

  std::string dial;
  for (std::size_t i = start; i < end; ++i) {
    if (is_digit(text[i]) || (i == start && text[i] == '+')) dial += text[i];
  }
  link.before = text.substr(0, start);
  link.number = text.substr(start, end - start);
  link.rest = text.substr(end);
  // The link holds the number alone. An extension is not appended as ",119": a comma pauses
  // on some phones and is refused or dialled as is by others, and the switchboards of area
  // offices are often answered by a person, so the extension is left to the caller.
  // Three digits at least: 191 and 1111 are numbers; "ชั้น 2" is not.
  std::size_t digits = dial.size() - (dial.rfind('+', 0) == 0 ? 1 : 0);
  if (digits >= 3) {
    link.href = "tel:" + dial;
  } else {
    link = PhoneLink{text, "", "", ""};
  }
  return link;
}

std::string line_href(const std::string& written) {
  std::string text = written;
  while (!text.empty() && text.front() == ' ') text.erase(0, 1);
  while (!text.empty() && text.back() == ' ') text.pop_back();
  if (text.rfind("https://", 0) == 0 || text.rfind("http://", 0) == 0) return text;
  if (text.size() > 1 && text.front() == '@' && is_line_id(text.substr(1))) return "https://line.me/R/ti/p/" + text;
  if (is_line_id(text)) return "https://line.me/ti/p/~" + text;
  return {};
}

}  // namespace itagen::views
