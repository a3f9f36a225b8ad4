// Splitting Markdown files into front matter and body.
#include <doctest/doctest.h>

#include "content/parsers.h"
#include "../../fuzz/flat_front_matter_check.h"

using namespace itagen;

namespace {

std::string first_diagnostic(const diag::DiagnosticSink& sink) {
  if (sink.diagnostics().empty()) return "";
  const auto& d = sink.diagnostics().front();
  return d.where.path + ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + ": " +
         (d.severity == diag::Severity::kError ? "error: " : "warning: ") + d.message;
}

}  // namespace

TEST_CASE("splits_front_matter_and_body_with_line_numbers") {
  diag::DiagnosticSink sink;
  auto fm = content::split_front_matter("---\ntitle: x\ndate: 2567-01-01\n---\n# Body\ntext\n", "p.md", sink);
  REQUIRE(fm);
  CHECK(fm->yaml == "title: x\ndate: 2567-01-01\n");
  CHECK(fm->yaml_first_line == 2);
  CHECK(fm->body == "# Body\ntext\n");
  CHECK(fm->body_first_line == 5);
  CHECK(sink.diagnostics().empty());
}

TEST_CASE("accepts_bom_crlf_and_trailing_spaces_on_fences") {
  diag::DiagnosticSink sink;
  auto fm = content::split_front_matter("\xEF\xBB\xBF---  \r\ntitle: x\r\n--- \r\nbody\r\n", "p.md", sink);
  REQUIRE(fm);
  CHECK(fm->yaml == "title: x\r\n");
  CHECK(fm->body == "body\r\n");
  CHECK(fm->body_first_line == 4);
}

TEST_CASE("accepts_closing_fence_at_end_of_file_without_newline") {
  diag::DiagnosticSink sink;
  auto fm = content::split_front_matter("---\ntitle: x\n---", "p.md", sink);
  REQUIRE(fm);
  CHECK(fm->body.empty());
  CHECK(fm->body_first_line == 4);
}

TEST_CASE("errors_on_unclosed_front_matter") {
  diag::DiagnosticSink sink;
  CHECK_FALSE(content::split_front_matter("---\ntitle: x\nbody ---\n", "content/pages/a.md", sink));
  CHECK(first_diagnostic(sink) == "content/pages/a.md:1:1: error: unclosed front matter");
  CHECK(sink.diagnostics()[0].hint == "close it with a line holding only ---");
}

TEST_CASE("errors_on_missing_front_matter") {
  diag::DiagnosticSink sink;
  CHECK_FALSE(content::split_front_matter("# Title\n", "content/pages/a.md", sink));
  CHECK(first_diagnostic(sink) == "content/pages/a.md:1:1: error: missing front matter");
  CHECK_FALSE(sink.diagnostics()[0].hint.empty());
}

TEST_CASE("a_longer_dash_line_is_not_a_fence") {
  diag::DiagnosticSink sink;
  CHECK_FALSE(content::split_front_matter("----\ntitle: x\n----\n", "a.md", sink));
  CHECK(first_diagnostic(sink) == "a.md:1:1: error: missing front matter");
}

// The fast path for flat front matter (content/flat_front_matter.cpp) gives what yaml-cpp
// gives, or declines; the front_matter fuzzer runs the same check on random input.
TEST_CASE("flat_front_matter_reads_as_yaml_cpp_does_or_declines") {
  using itagen::content::detail::flat_front_matter;
  using itagen::content::detail::Reader;
  const char* agreeing[] = {"title: หน้าแรก\ndate: 2567-05-08\n", "title:   spaced  out\nweight: 5\nmenu: main\n",
                            "title: a:b c#d\ndraft: true\n", "title: ITA Online 5\n"};
  for (std::string yaml : agreeing) {
    CAPTURE(yaml);
    diag::DiagnosticSink sink;
    Reader r("a.md", 1, sink);
    CHECK(flat_front_matter(yaml, r).has_value());
    CHECK(itagen::fuzz::flat_front_matter_agrees(yaml));
  }
  // Declined: yaml-cpp reads these (and reports what is wrong in them).
  const char* declined[] = {"title: 'quoted'\n", "title: [a, b]\n", "title: x # note\n", "title:\n",
                            "title: ~\n",         "title: a\ntitle: b\n", "title: a: b\n", "\ttitle: a\n",
                            "title: a\r\n",       "# comment\ntitle: a\n", "title: a \n", "title: *x\n", "title: -5\n", "",
                            "title: a\x01b\n", "title: \x93\x93\n", "title: a\xC2\x85b\n", "date: 2567-01-\x1f\n", "NULL: a\n"};
  for (std::string yaml : declined) {
    CAPTURE(yaml);
    diag::DiagnosticSink sink;
    Reader r("a.md", 1, sink);
    CHECK_FALSE(flat_front_matter(yaml, r).has_value());
  }
}
