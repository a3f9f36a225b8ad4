// Located access to YAML for the content parsers: every value keeps its path:line:column,
// unknown and duplicate keys are reported, and hostile documents (alias bombs, deep nesting)
// end in a diagnostic instead of an exception or an explosion.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "content/records.h"
#include "diag/diagnostic.h"
#include "content/yaml_messages.h"
#include "i18n/translate.h"

namespace itagen::content::detail {

enum class Need { kOptional, kRequired };

// Thrown inside a parser (and caught by guarded()) when a document makes us visit more nodes
// than any real content file has: only a file built from aliases does that.
struct TooComplex {};

// Where a document came from, and where its diagnostics go.
class Reader {
 public:
  Reader(std::string path, int line_offset, diag::DiagnosticSink& sink)
      : path_(std::move(path)), line_offset_(line_offset), sink_(sink) {}

  const std::string& path() const { return path_; }
  diag::DiagnosticSink& sink() { return sink_; }
  SourceLocation at(const YAML::Mark& mark) const;
  SourceLocation at(const YAML::Node& node) const;
  SourceLocation start() const { return {path_, line_offset_ + 1, 1}; }
  void error(const SourceLocation& where, std::string message, std::string hint = {});
  void warning(const SourceLocation& where, std::string message, std::string hint = {});
  void visit();  // counts nodes; throws TooComplex past the budget
  // The document's first line starts after a byte order mark of this many bytes.
  void skip_on_first_line(int bytes) { first_line_skip_ = bytes; }

 private:
  std::string path_;
  int line_offset_ = 0;
  diag::DiagnosticSink& sink_;
  std::size_t visited_ = 0;
  int first_line_skip_ = 0;
};

// A named value with its location (the key's location when the value is empty).
struct Value {
  YAML::Node node;  // null when absent
  SourceLocation where;
  std::string name;  // the key, for messages
  bool present() const { return node.IsDefined() && !node.IsNull(); }
};

struct Entry {
  std::string key;
  SourceLocation key_where;
  Value value;
};

// Parses a document. Reports oversized input, bad UTF-8 (unless the caller checked the whole
// file already), invalid YAML and extra documents; nullopt when unusable.
std::optional<YAML::Node> load_yaml(std::string_view text, Reader& r, bool check_encoding = true);

// The top-level map of a whole YAML file; reports "empty file" and non-map documents.
std::optional<Value> top_map(const YAML::Node& doc, Reader& r);
// load_yaml then top_map: the top-level map of a whole YAML file.
std::optional<Value> open_yaml_file(std::string_view text, Reader& r);
// The map of a front matter block; empty front matter reads as an empty map.
std::optional<Value> front_matter_map(const YAML::Node& doc, Reader& r);

// Runs one parser body, turning yaml-cpp exceptions and TooComplex into diagnostics.
template <typename F>
auto guarded(Reader& r, F&& body) -> decltype(body()) {
  try {
    return body();
  } catch (const TooComplex&) {
    r.error(r.start(), i18n::tr("file is too complex to read"), i18n::tr("remove repeated YAML aliases (*name)"));
  } catch (const YAML::Exception& e) {
    r.error(r.at(e.mark), i18n::tr("invalid YAML: {0}", yaml_library_message(e.msg)),
            i18n::tr("check the indentation around this line"));
  }
  return {};
}

// A whole YAML file read by read(Reader&, const Value& top_map) under guarded(): the shape of
// every parse_* of a YAML content kind.
template <typename Read>
auto parse_yaml_file(std::string_view text, const std::string& path, diag::DiagnosticSink& sink, Read read)
    -> decltype(read(std::declval<Reader&>(), std::declval<const Value&>())) {
  Reader r(path, 0, sink);
  return guarded(r, [&]() -> decltype(read(r, std::declval<const Value&>())) {
    auto top = open_yaml_file(text, r);
    if (!top) return std::nullopt;
    return read(r, *top);
  });
}

// Every key of a map in order; reports duplicate and non-text keys.
std::vector<Entry> map_entries(Reader& r, const Value& map);

// The fields of one map, with unknown keys warned about (with "did you mean").
// The entries of a map, in order (duplicate keys and keys that are not text reported and left out).
std::vector<Entry> map_entries(Reader& r, const Value& map);

// Front matter read by the fast path (flat_front_matter.cpp): its entries and where its map starts.
struct FlatFrontMatter {
  SourceLocation where;
  std::vector<Entry> entries;
};

// Front matter of flat 'key: value' lines in YAML's plain subset, read without yaml-cpp, with
// the values and locations yaml-cpp would give; nullopt for anything else (the caller then
// loads it with load_yaml, which reports what is wrong).
std::optional<FlatFrontMatter> flat_front_matter(std::string_view yaml, Reader& r);

class Fields {
 public:
  Fields(Reader& r, const Value& map, std::vector<std::string> keys);
  // From front matter read by the fast path.
  Fields(Reader& r, FlatFrontMatter flat, std::vector<std::string> keys);
  bool ok() const { return ok_; }
  const SourceLocation& where() const { return where_; }
  Reader& reader() { return r_; }
  // The value of key; reports a missing or empty required field.
  Value value(const std::string& key, Need need = Need::kOptional);
  bool has(const std::string& key) const;
  // Where the key itself is written (the map's start when it is absent).
  SourceLocation key_where(const std::string& key) const;

  // Shorthands for the common field kinds.
  std::string text(const std::string& key, Need need = Need::kOptional);
  Markdown md(const std::string& key, Need need = Need::kOptional);

 private:
  void warn_unknown_keys(const std::vector<std::string>& keys);

  Reader& r_;
  bool ok_ = false;
  SourceLocation where_;
  std::vector<Entry> entries_;
};

// Conversions of one value. An absent value gives nullopt/empty without a message; a value of
// the wrong kind gives a located error.
std::optional<std::string> as_text(Reader& r, const Value& v);
std::optional<int> as_int(Reader& r, const Value& v);
std::optional<Score> as_score(Reader& r, const Value& v);  // 0..100, at most 2 decimals
std::optional<Date> as_date(Reader& r, const Value& v);
std::optional<bool> as_bool(Reader& r, const Value& v);
Markdown as_md(Reader& r, const Value& v);
// One of the allowed words; noun names the kind in messages ("kind", "channel").
std::optional<std::string> as_choice(Reader& r, const Value& v, const std::vector<std::string>& allowed,
                                     const std::string& noun);
std::vector<Value> as_list(Reader& r, const Value& v);
std::vector<std::string> as_text_list(Reader& r, const Value& v);
std::vector<Markdown> as_md_list(Reader& r, const Value& v);

}  // namespace itagen::content::detail
