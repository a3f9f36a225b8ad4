// Diagnostics: collection, "did you mean", terminal formatting.
#include <doctest/doctest.h>

#include <map>

#include "diag/diagnostic.h"
#include "diag/printer.h"

namespace itagen::diag {
namespace {

SourceLookup lookup_of(std::map<std::string, std::string> files) {
  return [files = std::move(files)](const std::string& path) -> std::optional<std::string> {
    auto it = files.find(path);
    if (it == files.end()) return std::nullopt;
    return it->second;
  };
}

}  // namespace

TEST_CASE("edit_distance_counts_insertions_deletions_and_substitutions") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("title", "title") == 0);
  CHECK(edit_distance("tittle", "title") == 1);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("abc", "") == 3);
}

TEST_CASE("edit_distance_counts_a_swap_of_neighbours_as_one") {
  CHECK(edit_distance("biuld", "build") == 1);
  CHECK(edit_distance("tilte", "title") == 1);
  CHECK(edit_distance("ab", "ba") == 1);
  CHECK(edit_distance("abc", "ca") == 3);  // optimal string alignment: no edit of a swapped pair
  CHECK(closest_match("biuld", {"build", "check", "serve", "init", "new"}) == "build");
}

TEST_CASE("closest_match_suggests_a_near_key") {
  std::vector<std::string> keys = {"id", "title", "kind", "indicators", "steps"};
  CHECK(closest_match("tittle", keys) == "title");
  CHECK(closest_match("indicator", keys) == "indicators");
  CHECK(closest_match("step", keys) == "steps");
}

TEST_CASE("closest_match_finds_nothing_for_far_words") {
  std::vector<std::string> keys = {"id", "title", "kind", "indicators", "steps"};
  CHECK(closest_match("budget", keys) == "");
  CHECK(closest_match("x", keys) == "");
  CHECK(closest_match("title", {}) == "");
}

TEST_CASE("format_diagnostic_quotes_the_line_with_a_caret_and_the_hint") {
  Diagnostic d{Severity::kError, {"content/x.yaml", 2, 5}, "unknown key 'tittle' (did you mean 'title'?)",
               "rename it to 'title'"};
  auto lookup = lookup_of({{"content/x.yaml", "measures:\n  - tittle: x\n"}});
  CHECK(format_diagnostic(d, lookup) ==
        "content/x.yaml:2:5: error: unknown key 'tittle' (did you mean 'title'?)\n"
        "      - tittle: x\n"
        "        ^\n"
        "  hint: rename it to 'title'\n");
}

TEST_CASE("format_diagnostic_caret_counts_thai_characters_not_bytes") {
  // "กขค: x": each Thai letter is 3 bytes, so 'x' is at byte column 12 and display column 6.
  Diagnostic d{Severity::kWarning, {"content/site.yaml", 1, 12}, "msg", ""};
  auto lookup = lookup_of({{"content/site.yaml", "กขค: x\n"}});
  CHECK(format_diagnostic(d, lookup) ==
        "content/site.yaml:1:12: warning: msg\n"
        "    กขค: x\n"
        "         ^\n");
}

TEST_CASE("format_diagnostic_caret_gives_thai_combining_marks_no_cell") {
  // "ชื่อ" is ช + ื + ่ + อ: 12 bytes, 4 characters, 2 terminal cells.
  Diagnostic d{Severity::kError, {"content/site.yaml", 1, 15}, "msg", ""};
  auto lookup = lookup_of({{"content/site.yaml", "ชื่อ: tittle"}});
  CHECK(format_diagnostic(d, lookup) ==
        "content/site.yaml:1:15: error: msg\n"
        "    ชื่อ: tittle\n"
        "        ^\n");
}

TEST_CASE("format_diagnostic_keeps_tabs_in_the_caret_line") {
  Diagnostic d{Severity::kError, {"a.md", 1, 3}, "msg", ""};
  auto lookup = lookup_of({{"a.md", "\tx y\r\n"}});
  CHECK(format_diagnostic(d, lookup) == "a.md:1:3: error: msg\n    \tx y\n    \t ^\n");
}

TEST_CASE("format_diagnostic_shows_bytes_that_are_not_utf8_as_replacement_characters") {
  Diagnostic d{Severity::kError, {"a.yaml", 1, 4}, "msg", ""};
  auto lookup = lookup_of({{"a.yaml", "ab:\xE9\x01x\n"}});
  CHECK(format_diagnostic(d, lookup) == "a.yaml:1:4: error: msg\n    ab:\xEF\xBF\xBD\xEF\xBF\xBDx\n       ^\n");
}

TEST_CASE("format_diagnostic_cuts_a_very_long_line_around_the_column") {
  Diagnostic d{Severity::kError, {"a.yaml", 1, 201}, "msg", ""};
  auto lookup = lookup_of({{"a.yaml", std::string(200, '[') + "x" + std::string(200, ']')}});
  CHECK(format_diagnostic(d, lookup) == "a.yaml:1:201: error: msg\n    ..." + std::string(60, '[') + "x" +
                                            std::string(59, ']') + "...\n" + "    " + std::string(63, ' ') + "^\n");
}

TEST_CASE("format_diagnostic_without_source_or_line") {
  Diagnostic no_line{Severity::kError, {"content/site.yaml", 0, 0}, "missing 'name'", "add name: ..."};
  CHECK(format_diagnostic(no_line, nullptr) == "content/site.yaml: error: missing 'name'\n  hint: add name: ...\n");

  Diagnostic no_column{Severity::kWarning, {"content/site.yaml", 3, 0}, "msg", ""};
  CHECK(format_diagnostic(no_column, lookup_of({})) == "content/site.yaml:3:1: warning: msg\n");

  Diagnostic no_path{Severity::kError, {}, "no content folder", ""};
  CHECK(format_diagnostic(no_path, nullptr) == "error: no content folder\n");

  Diagnostic past_end{Severity::kError, {"a.yaml", 9, 1}, "msg", ""};
  CHECK(format_diagnostic(past_end, lookup_of({{"a.yaml", "one\n"}})) == "a.yaml:9:1: error: msg\n");
}

TEST_CASE("sink_counts_errors_and_warnings") {
  DiagnosticSink sink;
  CHECK_FALSE(sink.has_errors());
  sink.warning({"a", 1, 1}, "w");
  CHECK_FALSE(sink.has_errors());
  sink.error({"a", 2, 1}, "e", "h");
  CHECK(sink.has_errors());
  CHECK(sink.error_count() == 1);
  CHECK(sink.warning_count() == 1);
  REQUIRE(sink.diagnostics().size() == 2);
  CHECK(sink.diagnostics()[1].severity == Severity::kError);
  CHECK(sink.diagnostics()[1].hint == "h");
  CHECK(format_summary(sink) == "1 error, 1 warning\n");
}

TEST_CASE("sink_keeps_the_first_50_and_counts_the_rest") {
  DiagnosticSink sink;
  for (int i = 0; i < 60; ++i) sink.error({"a", i + 1, 1}, "e" + std::to_string(i));
  sink.warning({"a", 61, 1}, "w");
  CHECK(sink.diagnostics().size() == DiagnosticSink::kMaxKept);
  CHECK(DiagnosticSink::kMaxKept == 50);
  CHECK(sink.diagnostics().back().message == "e49");
  CHECK(sink.dropped() == 11);
  CHECK(sink.error_count() == 60);
  CHECK(sink.warning_count() == 1);
  CHECK(format_summary(sink) == "(11 more not shown)\n60 errors, 1 warning\n");
}

TEST_CASE("summary_of_an_empty_sink") {
  DiagnosticSink sink;
  CHECK(format_summary(sink) == "0 errors, 0 warnings\n");
}

}  // namespace itagen::diag
