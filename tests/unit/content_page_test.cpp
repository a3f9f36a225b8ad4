// content/pages/**.md: free pages and their URLs.
#include <doctest/doctest.h>

#include "content/parsers.h"

using namespace itagen;

namespace {

std::string all(const diag::DiagnosticSink& sink) {
  std::string out;
  for (const auto& d : sink.diagnostics()) {
    out += d.where.path + ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + ": " +
           (d.severity == diag::Severity::kError ? "error: " : "warning: ") + d.message + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("reads_a_page_and_its_slug") {
  diag::DiagnosticSink sink;
  auto page = content::parse_page(
      "---\ntitle: ติดต่อเรา\ndate: 2567-01-01\ndraft: false\nweight: 3\nmenu: main\n---\n# ติดต่อ\n",
      "content/pages/about/contact.md", sink);
  REQUIRE(page);
  CHECK(all(sink) == "");
  CHECK(page->slug == "about/contact");
  CHECK(page->source_path == "content/pages/about/contact.md");
  CHECK(page->title == "ติดต่อเรา");
  CHECK(*page->date == thai::Date{2024, 1, 1});
  CHECK_FALSE(page->draft);
  CHECK(page->weight == 3);
  CHECK(page->menu == "main");
  CHECK(page->body.source == "# ติดต่อ\n");
  CHECK(page->body.where.line == 8);
}

TEST_CASE("index_file_names_its_folder") {
  diag::DiagnosticSink sink;
  auto page = content::parse_page("---\ntitle: x\n---\n", "content/pages/about/index.md", sink);
  REQUIRE(page);
  CHECK(page->slug == "about");
}

TEST_CASE("errors_on_page_replacing_the_home_page") {
  diag::DiagnosticSink sink;
  CHECK_FALSE(content::parse_page("---\ntitle: x\n---\n", "content/pages/index.md", sink));
  CHECK(all(sink) == "content/pages/index.md:1:1: error: page 'content/pages/index.md' would replace the home page\n");
}

TEST_CASE("errors_on_page_in_a_generated_section") {
  diag::DiagnosticSink sink;
  CHECK_FALSE(content::parse_page("---\ntitle: x\n---\n", "content/pages/oit/extra.md", sink));
  CHECK(all(sink) == "content/pages/oit/extra.md:1:1: error: page 'oit/extra' collides with the generated section 'oit'\n");
}

TEST_CASE("errors_on_page_without_title_and_bad_types") {
  diag::DiagnosticSink sink;
  auto page = content::parse_page("---\ndraft: maybe\nweight: heavy\n---\n", "content/pages/a.md", sink);
  CHECK(page);
  CHECK(all(sink) == "content/pages/a.md:2:1: error: missing required field 'title'\n"
                     "content/pages/a.md:2:8: error: expected true or false, got 'maybe'\n"
                     "content/pages/a.md:3:9: error: expected a whole number, got 'heavy'\n");
}
