// Differential check of the front-matter fast path (content/flat_front_matter.cpp): whatever it
// accepts, yaml-cpp must read to the same keys, values and locations, without a message.
// Used by the front_matter fuzzer and the unit tests.
#pragma once

#include <string_view>

#include "content/yaml_reader.h"

namespace itagen::fuzz {

// True when the fast path declines yaml, or when it agrees with yaml-cpp.
inline bool flat_front_matter_agrees(std::string_view yaml) {
  using namespace content::detail;
  diag::DiagnosticSink fast_sink, slow_sink;
  Reader fast(std::string("a.md"), 1, fast_sink), slow(std::string("a.md"), 1, slow_sink);
  std::optional<FlatFrontMatter> flat;
  try {
    flat = flat_front_matter(yaml, fast);
  } catch (const TooComplex&) {
    return true;
  }
  if (!flat) return true;
  auto same = [](const diag::SourceLocation& a, const diag::SourceLocation& b) {
    return a.path == b.path && a.line == b.line && a.column == b.column;
  };
  return guarded(slow, [&]() -> bool {
    auto doc = load_yaml(yaml, slow, false);
    if (!doc) return false;
    auto map = front_matter_map(*doc, slow);
    if (!map || !same(map->where, flat->where)) return false;
    auto entries = map_entries(slow, *map);
    if (slow_sink.has_errors() || fast_sink.has_errors() || entries.size() != flat->entries.size()) return false;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const auto& a = entries[i];
      const auto& b = flat->entries[i];
      if (a.key != b.key || !same(a.key_where, b.key_where) || !same(a.value.where, b.value.where)) return false;
      if (!a.value.present() || !a.value.node.IsScalar() || a.value.node.Scalar() != b.value.node.Scalar()) return false;
    }
    return true;
  });
}

}  // namespace itagen::fuzz
