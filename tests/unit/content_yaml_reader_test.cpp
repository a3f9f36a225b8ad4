// Behaviour shared by every YAML content file: syntax and encoding errors with locations,
// duplicate and unknown keys, and hostile documents.
#include <doctest/doctest.h>

#include "content/parsers.h"

using namespace itagen;

namespace {

std::string describe(const diag::Diagnostic& d) {
  return d.where.path + ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + ": " +
         (d.severity == diag::Severity::kError ? "error: " : "warning: ") + d.message;
}

// Every diagnostic, one per line, so a failed CHECK prints them.
std::string all(const diag::DiagnosticSink& sink) {
  std::string out;
  for (const auto& d : sink.diagnostics()) out += describe(d) + "\n";
  return out;
}

const std::string kPath = "content/committee/2567.yaml";

}  // namespace

TEST_CASE("errors_on_invalid_yaml_with_its_location") {
  diag::DiagnosticSink sink;
  CHECK_FALSE(content::parse_committee("fiscal_year: 2567\nmembers: [a, b\n", kPath, sink));
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(describe(sink.diagnostics()[0]) == "content/committee/2567.yaml:2:10: error: invalid YAML: this '[' is not closed");
  CHECK(sink.diagnostics()[0].hint == "add the missing ']'");
}

TEST_CASE("errors_on_unclosed_quote_at_the_opening_quote") {
  // yaml-cpp 0.7 ends a quoted text left open at the end of the file silently.
  diag::DiagnosticSink sink;
  CHECK_FALSE(content::parse_committee("fiscal_year: 2567\norder: {number: \"12/2567}\nmembers: []\n", kPath, sink));
  CHECK(all(sink) == "content/committee/2567.yaml:2:17: error: invalid YAML: the quoted text is not closed with \"\n");
}

// The open quote is found in the loaded document, without parsing the text a second time,
// except where yaml-cpp may have started a second document: after a top level indented, or
// not a block map, the event pass still runs (checked equal over 120,000 random documents).
TEST_CASE("an_unclosed_quote_is_found_wherever_yaml_cpp_lets_it_run_on") {
  struct Case {
    const char* text;
    const char* expected;
  };
  for (const Case& c : {
           Case{"fiscal_year: 2567\nmembers:\n  - name: 'ก ข\n", "content/committee/2567.yaml:3:11"},
           Case{"fiscal_year: 2567\nmembers:\n  - \"ก\": x\n  - name: \"ค\n", "content/committee/2567.yaml:4:11"},
           Case{"  fiscal_year: 2567\nmembers: \"x\n", "content/committee/2567.yaml:2:10"},
           Case{"''\"]\n", "content/committee/2567.yaml:1:3"},
       }) {
    CAPTURE(c.text);
    diag::DiagnosticSink sink;
    CHECK_FALSE(content::parse_committee(c.text, kPath, sink));
    REQUIRE_FALSE(sink.diagnostics().empty());
    CHECK(describe(sink.diagnostics()[0]).starts_with(std::string(c.expected) + ": error: invalid YAML: the quoted text is not closed"));
  }
  // Quotes that close, and apostrophes inside plain text, are no error.
  diag::DiagnosticSink sink;
  content::parse_committee("fiscal_year: 2567\nmembers:\n  - name: 'ก'\n    role: office's \"head\"\n", kPath, sink);
  for (const auto& d : sink.diagnostics()) CHECK(d.message.find("quoted text") == std::string::npos);
}

TEST_CASE("accepts_a_byte_order_mark_and_keeps_first_line_columns") {
  diag::DiagnosticSink sink;
  CHECK_FALSE(content::parse_committee("\xEF\xBB\xBF" "fiscal_year: 2024\n", kPath, sink));
  CHECK(all(sink) == "content/committee/2567.yaml:1:17: error: fiscal year '2024' is not a Buddhist Era year\n");
}

TEST_CASE("errors_on_bad_utf8_at_the_first_bad_byte") {
  diag::DiagnosticSink sink;
  CHECK_FALSE(content::parse_committee("fiscal_year: 2567\nmembers:\n  - name: ab\xC3\x28\n", kPath, sink));
  CHECK(all(sink) == "content/committee/2567.yaml:3:13: error: file is not valid UTF-8\n");
}

TEST_CASE("rejects_overlong_utf8_and_surrogates") {
  for (std::string bad : {"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE0\xB8"}) {
    diag::DiagnosticSink sink;
    CHECK_FALSE(content::parse_committee("fiscal_year: 2567 # " + bad + "\n", kPath, sink));
    CHECK(all(sink) == "content/committee/2567.yaml:1:21: error: file is not valid UTF-8\n");
  }
}

TEST_CASE("accepts_thai_text") {
  diag::DiagnosticSink sink;
  auto rec = content::parse_committee("fiscal_year: 2567\nmembers: [{name: นายตัวอย่าง ใจดี}]\n", kPath, sink);
  REQUIRE(rec);
  CHECK(rec->members.at(0).name == "นายตัวอย่าง ใจดี");
  CHECK(sink.diagnostics().empty());
}

TEST_CASE("errors_on_duplicate_keys_at_the_second") {
  diag::DiagnosticSink sink;
  auto rec = content::parse_committee("fiscal_year: 2567\nmembers: []\nmembers: []\n", kPath, sink);
  CHECK(rec);
  CHECK(all(sink) == "content/committee/2567.yaml:3:1: error: duplicate key 'members'\n");
  CHECK(sink.diagnostics()[0].hint == "'members' is already given on line 2; keep one of them");
}

TEST_CASE("warns_on_unknown_key_with_did_you_mean") {
  diag::DiagnosticSink sink;
  auto rec = content::parse_committee("fiscal_year: 2567\nmeetings:\n  - date: 2567-02-21\n    plase: ห้องประชุม\n",
                                      kPath, sink);
  CHECK(rec);
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(describe(sink.diagnostics()[0]) == "content/committee/2567.yaml:4:5: warning: unknown key 'plase'");
  CHECK(sink.diagnostics()[0].hint == "did you mean 'place'?");
  CHECK_FALSE(sink.has_errors());
}

TEST_CASE("unknown_key_far_from_every_key_lists_the_valid_keys") {
  diag::DiagnosticSink sink;
  content::parse_committee("fiscal_year: 2567\nzzzzzz: 1\n", kPath, sink);
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(sink.diagnostics()[0].message == "unknown key 'zzzzzz'");
  CHECK(sink.diagnostics()[0].hint == "valid keys here: fiscal_year, order, members, meetings");
}

TEST_CASE("errors_on_missing_required_field_at_the_map") {
  diag::DiagnosticSink sink;
  content::parse_committee("fiscal_year: 2567\nmembers:\n  - position: ครู\n", kPath, sink);
  CHECK(all(sink) == "content/committee/2567.yaml:3:5: error: missing required field 'name'\n");
  CHECK(sink.diagnostics()[0].hint == "add a line 'name: ...'");
}

TEST_CASE("errors_on_wrong_types") {
  diag::DiagnosticSink sink;
  content::parse_committee("fiscal_year: 2567\nmembers: {name: x}\norder: [1]\n", kPath, sink);
  CHECK(all(sink) == "content/committee/2567.yaml:3:8: error: 'order' must be a map\n"
                     "content/committee/2567.yaml:2:10: error: 'members' must be a list\n");
}

TEST_CASE("errors_on_empty_file") {
  diag::DiagnosticSink sink;
  CHECK_FALSE(content::parse_committee("# nothing yet\n", kPath, sink));
  CHECK(all(sink) == "content/committee/2567.yaml:1:1: error: empty file\n");
}

TEST_CASE("errors_on_a_list_at_top_level") {
  diag::DiagnosticSink sink;
  CHECK_FALSE(content::parse_committee("- a\n- b\n", kPath, sink));
  CHECK(all(sink) ==
        "content/committee/2567.yaml:1:1: error: expected 'key: value' lines at the top of the file\n");
}

TEST_CASE("errors_on_a_second_document") {
  diag::DiagnosticSink sink;
  content::parse_committee("fiscal_year: 2567\n---\nfiscal_year: 2568\n", kPath, sink);
  CHECK(all(sink) == "content/committee/2567.yaml:2:1: error: a second YAML document in one file\n");
}

// yaml-cpp 0.7's LoadAll loops for ever, allocating, on a document that starts with ','.
TEST_CASE("leading_comma_does_not_exhaust_memory") {
  diag::DiagnosticSink sink;
  content::parse_committee(",---\nfiscal_year: 2567\n", kPath, sink);
  CHECK(sink.has_errors());
}

TEST_CASE("errors_on_files_over_10_mb") {
  diag::DiagnosticSink sink;
  std::string big = "fiscal_year: 2567\n# " + std::string(11 * 1024 * 1024, 'x') + "\n";
  CHECK_FALSE(content::parse_committee(big, kPath, sink));
  CHECK(all(sink) == "content/committee/2567.yaml:1:1: error: file too large\n");
}

TEST_CASE("deep_nesting_is_an_error_not_a_crash") {
  diag::DiagnosticSink sink;
  std::string deep = "fiscal_year: 2567\nmembers: " + std::string(5000, '[') + "\n";
  CHECK_FALSE(content::parse_committee(deep, kPath, sink));
  REQUIRE(sink.error_count() == 1);
  CHECK(sink.diagnostics()[0].message.rfind("invalid YAML: ", 0) == 0);
}

TEST_CASE("alias_bomb_is_read_without_exploding") {
  diag::DiagnosticSink sink;
  std::string bomb = "fiscal_year: 2567\nx0: &a0 [l, l, l, l, l, l, l, l, l, l]\n";
  for (int i = 1; i < 12; ++i) {
    bomb += "x" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) bomb += std::string(k ? ", " : "") + "*a" + std::to_string(i - 1);
    bomb += "]\n";
  }
  bomb += "members: [";
  for (int k = 0; k < 10; ++k) bomb += std::string(k ? ", " : "") + "{name: *a11}";
  bomb += "]\n";
  auto rec = content::parse_committee(bomb, kPath, sink);
  CHECK(rec);
  CHECK(sink.has_errors());  // names must be text; the lists behind them are never walked
}

TEST_CASE("alias_fan_out_past_the_budget_is_reported") {
  diag::DiagnosticSink sink;
  std::string text = "fiscal_year: 2567\nmembers: [{name: &s x}]\nmeetings:\n  - {date: 2567-01-01, agenda: &l [";
  for (int k = 0; k < 1000; ++k) text += std::string(k ? ", " : "") + "*s";
  text += "]}\n";
  for (int k = 0; k < 300; ++k) text += "  - {date: 2567-01-01, agenda: *l}\n";
  CHECK_FALSE(content::parse_committee(text, kPath, sink));
  CHECK(all(sink) == "content/committee/2567.yaml:1:1: error: file is too complex to read\n");
}
