// Splitting Markdown files into front matter and body.
#include <doctest/doctest.h>

#include "content/parsers.h"

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
