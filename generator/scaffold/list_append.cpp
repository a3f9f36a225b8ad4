// Finding where a top-level block list ends, line by line.
#include "scaffold/list_append.h"
#include "i18n/translate.h"

#include <vector>

namespace itagen::scaffold {
namespace {

struct Line {
  std::size_t begin = 0;  // offset of the first character
  std::size_t end = 0;    // offset just past the line's last character, before \r\n or \n
  std::size_t next = 0;   // offset of the next line
};

std::vector<Line> split_lines(const std::string& text) {
  std::vector<Line> lines;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t nl = text.find('\n', at);
    Line line;
    line.begin = at;
    line.next = nl == std::string::npos ? text.size() : nl + 1;
    line.end = nl == std::string::npos ? text.size() : nl;
    if (line.end > line.begin && text[line.end - 1] == '\r') --line.end;
    lines.push_back(line);
    at = line.next;
  }
  return lines;
}

std::size_t indentation(const std::string& text, const Line& line) {
  std::size_t i = line.begin;
  while (i < line.end && text[i] == ' ') ++i;
  return i - line.begin;
}

bool is_blank_or_comment(const std::string& text, const Line& line) {
  std::size_t i = line.begin + indentation(text, line);
  return i == line.end || text[i] == '#';
}

bool is_list_item(const std::string& text, const Line& line) {
  std::size_t i = line.begin + indentation(text, line);
  return i < line.end && text[i] == '-' && (i + 1 == line.end || text[i + 1] == ' ');
}

// What follows "key:" on its line, without a trailing comment or spaces.
std::string value_after_key(const std::string& text, const Line& line, std::size_t key_size) {
  std::string rest = text.substr(line.begin + key_size + 1, line.end - line.begin - key_size - 1);
  std::size_t hash = rest.find(" #");
  if (hash != std::string::npos) rest.resize(hash);
  if (rest.starts_with("#")) rest.clear();
  std::size_t first = rest.find_first_not_of(' ');
  if (first == std::string::npos) return "";
  rest = rest.substr(first);
  rest.erase(rest.find_last_not_of(' ') + 1);
  return rest;
}

// entry re-indented from 2 spaces to `indent`, with the file's line ending.
std::string reindent(const std::string& entry, std::size_t indent, const std::string& eol) {
  std::string out;
  std::size_t at = 0;
  while (at < entry.size()) {
    std::size_t nl = entry.find('\n', at);
    std::string line = entry.substr(at, nl == std::string::npos ? std::string::npos : nl - at);
    at = nl == std::string::npos ? entry.size() : nl + 1;
    std::size_t drop = 0;
    while (drop < 2 && drop < line.size() && line[drop] == ' ') ++drop;
    out += std::string(indent, ' ') + line.substr(drop) + eol;
  }
  return out;
}

}  // namespace

std::optional<std::string> append_to_list(const std::string& text, const std::string& key, const std::string& entry,
                                          Failure* failure) {
  const std::string eol = text.find("\r\n") != std::string::npos ? "\r\n" : "\n";
  const auto lines = split_lines(text);
  const std::string head = key + ":";
  std::size_t key_line = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (text.compare(l.begin, head.size(), head) == 0 &&
        (l.begin + head.size() == l.end || text[l.begin + head.size()] == ' ')) {
      key_line = i;
      break;
    }
  }
  // The text ends with a line ending before anything is added after its last line.
  auto ended = [&](std::string t) {
    if (!t.empty() && t.back() != '\n') t += eol;
    return t;
  };
  if (key_line == lines.size()) return ended(text) + head + eol + reindent(entry, 2, eol);

  const Line& kl = lines[key_line];
  const std::string value = value_after_key(text, kl, key.size());
  if (!value.empty()) {
    bool empty_flow = value.front() == '[' && value.back() == ']' &&
                      value.find_first_not_of(' ', 1) == value.size() - 1;
    if (!empty_flow) {
      if (failure) {
        *failure = {i18n::tr("'{0}:' is written on one line ('{1}'), which itagen does not edit", key, value),
                    i18n::tr("add this entry under '{0}:' yourself:", key)};
      }
      return std::nullopt;
    }
    // "measures: []   # comment" -> "measures:   # comment" and the entry below.
    std::string line = text.substr(kl.begin, kl.end - kl.begin);
    std::size_t open = line.find('[', head.size());
    std::size_t close = line.find(']', open);
    line.erase(open, close - open + 1);
    if (line.find_first_not_of(' ', head.size()) == std::string::npos) line.resize(head.size());
    return text.substr(0, kl.begin) + line + eol + reindent(entry, 2, eol) + text.substr(kl.next);
  }

  // A block list: its lines are indented or start with "- "; a line at the margin that is
  // neither (nor a comment) is the next key. The entry goes after the list's last line, so
  // comments at the margin after the list stay with what follows them.
  std::size_t last = key_line;
  std::optional<std::size_t> item_indent;
  for (std::size_t i = key_line + 1; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (is_blank_or_comment(text, l)) {
      if (indentation(text, l) > 0 && l.end > l.begin + indentation(text, l)) last = i;  // an indented comment
      continue;
    }
    if (indentation(text, l) == 0 && !is_list_item(text, l)) break;
    if (!item_indent && is_list_item(text, l)) item_indent = indentation(text, l);
    last = i;
  }
  const std::size_t at = lines[last].next;
  std::string before = text.substr(0, at);
  return ended(before) + reindent(entry, item_indent.value_or(2), eol) + text.substr(at);
}

}  // namespace itagen::scaffold
