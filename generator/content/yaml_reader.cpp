// Loading YAML documents and walking their maps with locations, key checks and a node budget.
#include "content/yaml_reader.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>

#include <algorithm>
#include <map>
#include <sstream>


#include "content/text_checks.h"
#include "content/yaml_messages.h"
#include "i18n/translate.h"

namespace itagen::content::detail {
namespace {

// Real content files have at most a few thousand nodes; this many means aliases multiplying.
constexpr std::size_t kNodeBudget = 200'000;

std::string join_keys(const std::vector<std::string>& keys) {
  std::string out;
  for (const auto& k : keys) out += (out.empty() ? "" : ", ") + k;
  return out;
}

// Notes where a document and each scalar starts and ignores everything else.
class DocumentStarts final : public YAML::EventHandler {
 public:
  std::vector<YAML::Mark> starts;
  std::vector<YAML::Mark> scalars;
  void OnDocumentStart(const YAML::Mark& mark) override { starts.push_back(mark); }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t, const std::string&) override {
    scalars.push_back(mark);
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

// True when the quoted scalar opening at text[pos] has its closing quote. yaml-cpp 0.7 ends
// a quoted scalar left open at the end of the file silently, swallowing every line after it.
bool quote_closed(std::string_view text, std::size_t pos) {
  const char quote = text[pos];
  for (std::size_t i = pos + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
      } else {
        return true;
      }
    }
  }
  return false;
}

// Where a second document starts, if the text has one, and where a quoted scalar is left
// open. At most two documents are read: yaml-cpp 0.7's LoadAll never ends on some invalid
// input (a leading ',').
std::optional<YAML::Mark> second_document(std::string_view text, std::optional<YAML::Mark>* open_quote) {
  std::istringstream in{std::string(text)};
  YAML::Parser parser(in);
  DocumentStarts handler;
  for (int i = 0; i < 2 && parser.HandleNextDocument(handler); ++i) {
  }
  for (const auto& mark : handler.scalars) {
    auto pos = static_cast<std::size_t>(mark.pos);
    if (mark.pos >= 0 && pos < text.size() && (text[pos] == '"' || text[pos] == '\'') && !quote_closed(text, pos)) {
      *open_quote = mark;
      break;
    }
  }
  if (handler.starts.size() < 2) return std::nullopt;
  return handler.starts[1];
}

// True when a line could start a second document ("---" or "..."): otherwise second_document()
// can find none, and the loaded document tells of an open quote (open_quote_in).
bool may_have_second_document(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if ((c == '-' || c == '.') && (i == 0 || text[i - 1] == '\n') && text.substr(i, 3) == std::string(3, c)) return true;
  }
  return false;
}

// The first scalar of the loaded document that opens a quote the text never closes, as
// second_document() finds it from the events, for a fraction of the cost (the event pass parses
// the text again). false when the document has more nodes than the budget (aliases multiplying):
// the event pass, whose cost follows the text, is left to find it.
bool open_quote_in(const YAML::Node& doc, std::string_view text, std::optional<YAML::Mark>* open_quote) {
  std::size_t budget = kNodeBudget;
  std::vector<YAML::Node> pending{doc};
  while (!pending.empty()) {
    if (budget-- == 0) return false;
    YAML::Node node = std::move(pending.back());
    pending.pop_back();
    if (node.IsMap()) {
      for (auto it = node.begin(); it != node.end(); ++it) {
        pending.push_back(it->first);
        pending.push_back(it->second);
      }
    } else if (node.IsSequence()) {
      for (auto it = node.begin(); it != node.end(); ++it) pending.push_back(*it);
    } else if (node.IsScalar()) {
      const YAML::Mark mark = node.Mark();
      const auto pos = static_cast<std::size_t>(mark.pos);
      if (mark.pos >= 0 && pos < text.size() && (text[pos] == '"' || text[pos] == '\'') && !quote_closed(text, pos) &&
          (!*open_quote || mark.pos < (*open_quote)->pos)) {
        *open_quote = mark;
      }
    }
  }
  return true;
}

// The innermost '[' or '{' still open at offset end (quotes and comments skipped), or the
// quote still open there, which swallowed the closing bracket: yaml-cpp reports a flow
// collection left open where it gave up, often lines later.
std::optional<std::size_t> open_bracket_before(std::string_view text, std::size_t end) {
  std::vector<std::size_t> open;
  char quote = 0;
  std::size_t quote_start = 0;
  for (std::size_t i = 0; i < std::min(end, text.size()); ++i) {
    char c = text[i];
    if (quote) {
      if (quote == '"' && c == '\\') ++i;
      else if (c == quote) quote = 0;
    } else if ((c == '"' || c == '\'') && (i == 0 || std::string_view(" \t[{,:").find(text[i - 1]) != std::string_view::npos)) {
      quote = c;
      quote_start = i;
    } else if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n')) {
      while (i < text.size() && text[i] != '\n') ++i;
    } else if (c == '[' || c == '{') {
      open.push_back(i);
    } else if ((c == ']' || c == '}') && !open.empty()) {
      open.pop_back();
    }
  }
  if (quote) return quote_start;
  if (open.empty()) return std::nullopt;
  return open.back();
}

// The mark of a byte offset.
YAML::Mark mark_at(std::string_view text, std::size_t offset) {
  YAML::Mark mark;
  mark.pos = static_cast<int>(offset);
  std::size_t line_start = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  mark.line = static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(line_start), '\n'));
  mark.column = static_cast<int>(offset - line_start);
  return mark;
}

}  // namespace

SourceLocation Reader::at(const YAML::Mark& mark) const {
  if (mark.is_null() || mark.line < 0) return start();
  return {path_, line_offset_ + mark.line + 1, mark.column + 1 + (mark.line == 0 ? first_line_skip_ : 0)};
}

SourceLocation Reader::at(const YAML::Node& node) const {
  if (!node.IsDefined()) return start();
  return at(node.Mark());
}

void Reader::error(const SourceLocation& where, std::string message, std::string hint) {
  sink_.error(where, std::move(message), std::move(hint));
}

void Reader::warning(const SourceLocation& where, std::string message, std::string hint) {
  sink_.warning(where, std::move(message), std::move(hint));
}

void Reader::visit() {
  if (++visited_ > kNodeBudget) throw TooComplex{};
}

// yaml-cpp's words for two mistakes officers make name neither the cause nor its line: a tab in
// the indentation ("illegal block entry", "end of map not found"), and entries pasted under a
// `key: []` ("end of map not found" at the pasted line). Reports them and returns true.
bool explain_common_mistake(std::string_view text, std::size_t error_pos, Reader& r) {
  const std::size_t error_line_end = std::min(text.size(), text.find('\n', error_pos));
  // The first tab in the leading whitespace of any line up to the error's.
  for (std::size_t start = 0; start < text.size() && start <= error_line_end;) {
    std::size_t end = std::min(text.size(), text.find('\n', start));
    std::size_t indent = text.find_first_not_of(' ', start);
    if (indent < end && text[indent] == '\t') {
      r.error(r.at(mark_at(text, indent)), i18n::tr("invalid YAML: a tab in the indentation"),
              i18n::tr("indent with spaces: YAML does not allow tabs there (many editors can turn tabs into spaces)"));
      return true;
    }
    start = end + 1;
  }
  // The nearest non-blank line before the error's ends with an empty list or map.
  std::size_t end = text.rfind('\n', error_pos == 0 ? 0 : error_pos - 1);  // the end of that line
  while (end != std::string_view::npos && end > 0) {
    std::size_t start = text.rfind('\n', end - 1);
    start = start == std::string_view::npos ? 0 : start + 1;
    std::string_view line = text.substr(start, end - start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
    const std::size_t indent = line.find_first_not_of(' ');
    if (indent == std::string_view::npos) {
      end = start == 0 ? std::string_view::npos : start - 1;
      continue;
    }
    const std::size_t colon = line.rfind(':');
    const std::string_view empty = line.size() >= 2 ? line.substr(line.size() - 2) : std::string_view();
    if ((empty != "[]" && empty != "{}") || colon == std::string_view::npos || colon < indent) break;
    const std::string key(line.substr(indent, colon - indent));
    r.error(r.at(mark_at(text, start + line.size() - 2)),
            i18n::tr("invalid YAML: '{0}: {1}' is empty, so the lines under it do not belong to it", key,
                     std::string(empty)),
            empty == "[]" ? i18n::tr("remove the '{0}' so that the entries below become its list", std::string(empty))
                          : i18n::tr("remove the '{0}' so that the entries below become its map", std::string(empty)));
    return true;
  }
  return false;
}

std::optional<YAML::Node> load_yaml(std::string_view text, Reader& r, bool check) {
  if (check && !check_encoding(text, r.path(), r.start().line - 1, r.sink())) return std::nullopt;
  // A byte order mark (Windows Notepad writes one) is not content; yaml-cpp skips it too but
  // then counts positions without it.
  const bool bom = text.substr(0, 3) == "\xEF\xBB\xBF";
  if (bom) {
    text.remove_prefix(3);
    r.skip_on_first_line(3);
  }
  YAML::Node doc;
  std::optional<YAML::Mark> second, open_quote;
  try {
    doc = YAML::Load(std::string(text));
    // The event pass costs as much as the load itself; run it only when the text may hold a
    // second document: after a "---" line, or when the top level is not a block map starting in
    // the first column (yaml-cpp starts one after a quoted scalar, a flow collection, or a line
    // indented less than the map). A quoted scalar that yaml-cpp let an unclosed quote run on
    // from is found in the document.
    const bool quoted = text.find_first_of("\"'") != std::string_view::npos;
    const bool whole_text = doc.IsMap() && doc.size() > 0 && doc.Style() != YAML::EmitterStyle::Flow &&
                            doc.begin()->first.Mark().column == 0;
    if (may_have_second_document(text) || !whole_text || (quoted && !open_quote_in(doc, text, &open_quote))) {
      open_quote.reset();
      second = second_document(text, &open_quote);
    }
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp 0.7 gives this one the message "bad file"; say what it means, and point at
    // the first bracket of the nesting rather than at the end of the file.
    std::size_t first = text.find_first_of("[{");
    r.error(r.at(first == std::string_view::npos ? e.mark : mark_at(text, first)),
            i18n::tr("invalid YAML: nesting is too deep"), i18n::tr("nest lists and maps only a few levels deep"));
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    bool flow = e.msg == YAML::ErrorMsg::END_OF_MAP_FLOW || e.msg == YAML::ErrorMsg::END_OF_SEQ_FLOW;
    if (auto open = flow && e.mark.pos >= 0 ? open_bracket_before(text, static_cast<std::size_t>(e.mark.pos))
                                            : std::nullopt) {
      const char c = text[*open];
      if (c == '"' || c == '\'') {
        r.error(r.at(mark_at(text, *open)), i18n::tr("invalid YAML: the quoted text is not closed with {0}", c),
                i18n::tr("end the text with {0} on the same line", c));
      } else {
        r.error(r.at(mark_at(text, *open)), i18n::tr("invalid YAML: this '{0}' is not closed", c),
                i18n::tr("add the missing '{0}'", c == '{' ? '}' : ']'));
      }
      return std::nullopt;
    }
    if (e.mark.pos >= 0 && explain_common_mistake(text, static_cast<std::size_t>(e.mark.pos), r)) return std::nullopt;
    r.error(r.at(e.mark), i18n::tr("invalid YAML: {0}", yaml_library_message(e.msg)),
            i18n::tr("check the indentation, and put text holding ': ' or starting with one of [ ] { } * & ! | > ' \" "
                     "% @ in quotes"));
    return std::nullopt;
  }
  if (open_quote) {
    const char quote = text[static_cast<std::size_t>(open_quote->pos)];
    r.error(r.at(*open_quote), i18n::tr("invalid YAML: the quoted text is not closed with {0}", quote),
            i18n::tr("end the text with {0} on the same line", quote));
    return std::nullopt;
  }
  if (second) {
    r.error(r.at(*second), i18n::tr("a second YAML document in one file"),
            i18n::tr("remove the '---' line: a file holds one document"));
  }
  return doc;
}

std::optional<Value> top_map(const YAML::Node& doc, Reader& r) {
  if (doc.IsNull()) {
    r.error(r.start(), i18n::tr("empty file"), i18n::tr("write the fields of this file, such as 'fiscal_year: 2567'"));
    return std::nullopt;
  }
  if (!doc.IsMap()) {
    r.error(r.at(doc), i18n::tr("expected 'key: value' lines at the top of the file"),
            i18n::tr("start each field at the beginning of a line, such as 'fiscal_year: 2567'"));
    return std::nullopt;
  }
  return Value{doc, r.at(doc), "file"};
}

std::optional<Value> open_yaml_file(std::string_view text, Reader& r) {
  auto doc = load_yaml(text, r);
  if (!doc) return std::nullopt;
  return top_map(*doc, r);
}

std::optional<Value> front_matter_map(const YAML::Node& doc, Reader& r) {
  if (doc.IsNull()) return Value{YAML::Node(YAML::NodeType::Map), r.start(), i18n::tr("front matter")};
  if (!doc.IsMap()) {
    r.error(r.at(doc), i18n::tr("expected 'key: value' lines in the front matter"),
            i18n::tr("write one field per line between the --- lines, such as 'title: ...'"));
    return std::nullopt;
  }
  return Value{doc, r.at(doc), i18n::tr("front matter")};
}

std::vector<Entry> map_entries(Reader& r, const Value& map) {
  std::vector<Entry> out;
  std::map<std::string, int> first_line;
  for (auto it = map.node.begin(); it != map.node.end(); ++it) {
    r.visit();
    const YAML::Node key = it->first;  // copies: the iterator hands out a temporary pair
    SourceLocation key_where = r.at(key);
    if (!key.IsScalar()) {
      r.error(key_where, i18n::tr("a key must be plain text"), i18n::tr("write keys as 'name: value'"));
      continue;
    }
    auto [seen, fresh] = first_line.emplace(key.Scalar(), key_where.line);
    if (!fresh) {
      r.error(
          key_where, i18n::tr("duplicate key '{0}'", key.Scalar()),
          i18n::tr("'{0}' is already given on line {1}; keep one of them", key.Scalar(), std::to_string(seen->second)));
      continue;
    }
    const YAML::Node value = it->second;
    bool present = value.IsDefined() && !value.IsNull();
    out.push_back({key.Scalar(), key_where, Value{value, present ? r.at(value) : key_where, key.Scalar()}});
  }
  return out;
}

Fields::Fields(Reader& r, const Value& map, std::vector<std::string> keys) : r_(r), where_(map.where) {
  if (!map.present()) return;
  if (!map.node.IsMap()) {
    r.error(map.where, i18n::tr("'{0}' must be a map", map.name),
            i18n::tr("write indented 'key: value' lines under '{0}:', or {key: value, ...}", map.name));
    return;
  }
  ok_ = true;
  entries_ = map_entries(r, map);
  warn_unknown_keys(keys);
}

Fields::Fields(Reader& r, FlatFrontMatter flat, std::vector<std::string> keys)
    : r_(r), ok_(true), where_(std::move(flat.where)), entries_(std::move(flat.entries)) {
  warn_unknown_keys(keys);
}

void Fields::warn_unknown_keys(const std::vector<std::string>& keys) {
  for (const auto& e : entries_) {
    bool known = false;
    for (const auto& k : keys) known = known || k == e.key;
    if (known) continue;
    std::string close = diag::closest_match(e.key, keys);
    std::string hint = !close.empty() ? i18n::tr("did you mean '{0}'?", close)
                       : keys.empty()  ? i18n::tr("no fields are read here; remove it")
                                       : i18n::tr("valid keys here: {0}", join_keys(keys));
    r_.warning(e.key_where, i18n::tr("unknown key '{0}'", e.key), hint);
  }
}

SourceLocation Fields::key_where(const std::string& key) const {
  for (const auto& e : entries_) {
    if (e.key == key) return e.key_where;
  }
  return where_;
}

Value Fields::value(const std::string& key, Need need) {
  for (const auto& e : entries_) {
    if (e.key != key) continue;
    if (need == Need::kRequired && !e.value.present()) {
      r_.error(e.value.where, i18n::tr("'{0}' is empty", key), i18n::tr("write a value after '{0}:'", key));
    }
    return e.value;
  }
  if (need == Need::kRequired && ok_) {
    r_.error(where_, i18n::tr("missing required field '{0}'", key), i18n::tr("add a line '{0}: ...'", key));
  }
  return Value{YAML::Node(), where_, key};
}

bool Fields::has(const std::string& key) const {
  for (const auto& e : entries_) {
    if (e.key == key) return e.value.present();
  }
  return false;
}

std::string Fields::text(const std::string& key, Need need) {
  Value v = value(key, need);
  auto t = as_text(r_, v);
  if (need == Need::kRequired && t && t->empty()) {
    r_.error(v.where, i18n::tr("'{0}' is empty", key), i18n::tr("write a value after '{0}:'", key));
  }
  return t.value_or("");
}

Markdown Fields::md(const std::string& key, Need need) {
  Value v = value(key, need);
  Markdown m = as_md(r_, v);
  if (need == Need::kRequired && v.present() && m.empty() && v.node.IsScalar()) {
    r_.error(v.where, i18n::tr("'{0}' is empty", key), i18n::tr("write a value after '{0}:'", key));
  }
  return m;
}

}  // namespace itagen::content::detail
