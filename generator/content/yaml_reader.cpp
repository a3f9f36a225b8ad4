// Loading YAML documents and walking their maps with locations, key checks and a node budget.
#include "content/yaml_reader.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>

#include <map>
#include <sstream>

#include "content/rules.h"

namespace itagen::content::detail {
namespace {

// Real content files have at most a few thousand nodes; this many means aliases multiplying.
constexpr std::size_t kNodeBudget = 200'000;

std::string join_keys(const std::vector<std::string>& keys) {
  std::string out;
  for (const auto& k : keys) out += (out.empty() ? "" : ", ") + k;
  return out;
}

// Notes where a document starts and ignores everything else.
class DocumentStarts final : public YAML::EventHandler {
 public:
  std::vector<YAML::Mark> starts;
  void OnDocumentStart(const YAML::Mark& mark) override { starts.push_back(mark); }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

// Where a second document starts, if the text has one. At most two documents are read:
// yaml-cpp 0.7's LoadAll never ends on some invalid input (a leading ',').
std::optional<YAML::Mark> second_document(std::string_view text) {
  std::istringstream in{std::string(text)};
  YAML::Parser parser(in);
  DocumentStarts handler;
  for (int i = 0; i < 2 && parser.HandleNextDocument(handler); ++i) {
  }
  if (handler.starts.size() < 2) return std::nullopt;
  return handler.starts[1];
}

}  // namespace

SourceLocation Reader::at(const YAML::Mark& mark) const {
  if (mark.is_null() || mark.line < 0) return start();
  return {path_, line_offset_ + mark.line + 1, mark.column + 1};
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

std::optional<YAML::Node> load_yaml(std::string_view text, Reader& r, bool check) {
  if (check && !check_encoding(text, r.path(), r.start().line - 1, r.sink())) return std::nullopt;
  YAML::Node doc;
  std::optional<YAML::Mark> second;
  try {
    doc = YAML::Load(std::string(text));
    second = second_document(text);
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp 0.7 gives this one the message "bad file"; say what it means.
    r.error(r.at(e.mark), "invalid YAML: nesting is too deep", "nest lists and maps only a few levels deep");
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    r.error(r.at(e.mark), "invalid YAML: " + e.msg,
            "check the indentation, and put text holding ': ' or starting with one of [ ] { } * & ! | > ' \" % @ "
            "in quotes");
    return std::nullopt;
  }
  if (second) {
    r.error(r.at(*second), "a second YAML document in one file", "remove the '---' line: a file holds one document");
  }
  return doc;
}

std::optional<Value> top_map(const YAML::Node& doc, Reader& r) {
  if (doc.IsNull()) {
    r.error(r.start(), "empty file", "write the fields of this file, such as 'fiscal_year: 2567'");
    return std::nullopt;
  }
  if (!doc.IsMap()) {
    r.error(r.at(doc), "expected 'key: value' lines at the top of the file",
            "start each field at the beginning of a line, such as 'fiscal_year: 2567'");
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
  if (doc.IsNull()) return Value{YAML::Node(YAML::NodeType::Map), r.start(), "front matter"};
  if (!doc.IsMap()) {
    r.error(r.at(doc), "expected 'key: value' lines in the front matter",
            "write one field per line between the --- lines, such as 'title: ...'");
    return std::nullopt;
  }
  return Value{doc, r.at(doc), "front matter"};
}

std::vector<Entry> map_entries(Reader& r, const Value& map) {
  std::vector<Entry> out;
  std::map<std::string, int> first_line;
  for (auto it = map.node.begin(); it != map.node.end(); ++it) {
    r.visit();
    const YAML::Node key = it->first;  // copies: the iterator hands out a temporary pair
    SourceLocation key_where = r.at(key);
    if (!key.IsScalar()) {
      r.error(key_where, "a key must be plain text", "write keys as 'name: value'");
      continue;
    }
    auto [seen, fresh] = first_line.emplace(key.Scalar(), key_where.line);
    if (!fresh) {
      r.error(key_where, "duplicate key '" + key.Scalar() + "'",
              "'" + key.Scalar() + "' is already given on line " + std::to_string(seen->second) +
                  "; keep one of them");
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
    r.error(map.where, "'" + map.name + "' must be a map",
            "write indented 'key: value' lines under '" + map.name + ":', or {key: value, ...}");
    return;
  }
  ok_ = true;
  entries_ = map_entries(r, map);
  for (const auto& e : entries_) {
    bool known = false;
    for (const auto& k : keys) known = known || k == e.key;
    if (known) continue;
    std::string close = diag::closest_match(e.key, keys);
    std::string hint = !close.empty() ? "did you mean '" + close + "'?"
                       : keys.empty()  ? "no fields are read here; remove it"
                                       : "valid keys here: " + join_keys(keys);
    r.warning(e.key_where, "unknown key '" + e.key + "'", hint);
  }
}

Value Fields::value(const std::string& key, Need need) {
  for (const auto& e : entries_) {
    if (e.key != key) continue;
    if (need == Need::kRequired && !e.value.present()) {
      r_.error(e.value.where, "'" + key + "' is empty", "write a value after '" + key + ":'");
    }
    return e.value;
  }
  if (need == Need::kRequired && ok_) {
    r_.error(where_, "missing required field '" + key + "'", "add a line '" + key + ": ...'");
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
    r_.error(v.where, "'" + key + "' is empty", "write a value after '" + key + ":'");
  }
  return t.value_or("");
}

Markdown Fields::md(const std::string& key, Need need) {
  Value v = value(key, need);
  Markdown m = as_md(r_, v);
  if (need == Need::kRequired && v.present() && m.empty() && v.node.IsScalar()) {
    r_.error(v.where, "'" + key + "' is empty", "write a value after '" + key + ":'");
  }
  return m;
}

}  // namespace itagen::content::detail
