// load_site: walking content/ through a FileSystem.
#include <doctest/doctest.h>

#include "content/load_site.h"
#include "content/parsers.h"
#include "fs/file_system.h"

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

const char kSite[] = "name: สำนักงาน\nshort_name: สพป.\nbase_url: https://example.go.th/ita\n";
const char kMeasures[] =
    "fiscal_year: 2567\nmeasures:\n  - id: a\n    title: t\n    indicators: [7]\n    steps: [s]\n"
    "    responsible: [{group: g}]\n    period: {start: 2567-05-01, end: 2567-09-30}\n";

fs::MemoryFileSystem full_site() {
  fs::MemoryFileSystem files;
  files.add("content/site.yaml", kSite);
  files.add("content/scores/2565.yaml", "fiscal_year: 2565\ntotal: 90\n");
  files.add("content/scores/2566.yaml", "fiscal_year: 2566\ntotal: 99.88\n");
  files.add("content/measures/2567.yaml", kMeasures);
  files.add("content/no-gift/2567.yaml", "fiscal_year: 2567\nannouncement: {title: ประกาศ}\n");
  files.add("content/no-gift/2567.md", "ข้อความประกาศ\n");
  files.add("content/oit/2567/O01.md", "---\nitem: O1\nupdated: 2567-01-15\n---\nbody\n");
  files.add("content/oit/2567/O02.md", "---\nitem: O2\nupdated: 2567-01-15\n---\n");
  files.add("content/reports/2567/12m.yaml", "fiscal_year: 2567\nround: 12m\n");
  files.add("content/reports/2567/6m.yaml", "fiscal_year: 2567\nround: 6m\n");
  files.add("content/committee/2567.yaml", "fiscal_year: 2567\n");
  files.add("content/pages/about/contact.md", "---\ntitle: ติดต่อ\n---\n");
  files.add("content/criteria/2567.yaml", "fiscal_year: 2567\nitems: [{code: O1, sub_indicator: \"9.1\", title: a}]\n");
  files.add("content/static/files/order.pdf", "%PDF");
  files.add("content/static/logo.png", "\x89PNG");
  files.add("content/README.md", "notes for the officer");
  files.add("content/scores/.DS_Store", "\xff");
  return files;
}

}  // namespace

TEST_CASE("loads_every_kind_from_a_memory_site") {
  auto files = full_site();
  diag::DiagnosticSink sink;
  auto c = content::load_site(files, sink);
  CHECK(all(sink) == "");
  CHECK(c.site.base_url == "https://example.go.th/ita/");
  CHECK(c.scores.size() == 2);
  CHECK(c.scores.at(2566).total->value.hundredths() == 9988);
  CHECK(c.measures.at(2567).measures.at(0).id == "a");
  CHECK(c.no_gift.at(2567).body.source == "ข้อความประกาศ\n");
  CHECK(c.no_gift.at(2567).body.where.path == "content/no-gift/2567.md");
  REQUIRE(c.oit.at(2567).size() == 2);
  CHECK(c.oit.at(2567)[1].item == "O2");
  REQUIRE(c.reports.at(2567).size() == 2);
  CHECK(c.reports.at(2567)[0].round == "6m");  // in the order of the year
  CHECK(c.committee.count(2567) == 1);
  CHECK(c.pages.at(0).slug == "about/contact");
  CHECK(c.criteria.at(2567).items->value.size() == 1);
  CHECK(c.static_files == std::vector<std::string>{"files/order.pdf", "logo.png"});
}

TEST_CASE("errors_on_missing_site_yaml") {
  fs::MemoryFileSystem files;
  diag::DiagnosticSink sink;
  content::load_site(files, sink);
  CHECK(all(sink) == "content/site.yaml:1:1: error: missing site settings\n");
  CHECK_FALSE(sink.diagnostics()[0].hint.empty());
}

TEST_CASE("warns_on_files_the_content_model_does_not_know") {
  auto files = full_site();
  files.add("content/scores/latest.yaml", "x: 1\n");
  files.add("content/scores/2566.yml", "x: 1\n");
  files.add("content/reports/2567/half.yaml", "x: 1\n");
  files.add("content/pages/photo.jpg", "jpg");
  files.add("content/notes.txt", "x");
  diag::DiagnosticSink sink;
  content::load_site(files, sink);
  CHECK(all(sink) == "content/notes.txt:0:0: warning: ignored file 'content/notes.txt'\n"
                     "content/pages/photo.jpg:0:0: warning: ignored file 'content/pages/photo.jpg'\n"
                     "content/reports/2567/half.yaml:0:0: warning: ignored file 'content/reports/2567/half.yaml'\n"
                     "content/scores/2566.yml:0:0: warning: ignored file 'content/scores/2566.yml'\n"
                     "content/scores/latest.yaml:0:0: warning: ignored file 'content/scores/latest.yaml'\n");
  CHECK_FALSE(sink.has_errors());
}

TEST_CASE("errors_on_common_era_year_in_a_file_name") {
  auto files = full_site();
  files.add("content/scores/2024.yaml", "fiscal_year: 2024\n");
  diag::DiagnosticSink sink;
  auto c = content::load_site(files, sink);
  CHECK(all(sink) == "content/scores/2024.yaml:1:1: error: '2024' in the path is not a Buddhist Era year\n");
  CHECK(sink.diagnostics()[0].hint == "fiscal years are Buddhist Era: did you mean 2567?");
  CHECK(c.scores.size() == 2);
}

TEST_CASE("errors_on_two_files_claiming_one_oit_item") {
  auto files = full_site();
  files.add("content/oit/2567/structure.md", "---\nitem: o01\nupdated: 2567-01-15\n---\n");
  diag::DiagnosticSink sink;
  auto c = content::load_site(files, sink);
  CHECK(all(sink) ==
        "content/oit/2567/structure.md:2:7: error: item 'O1' is already given by 'content/oit/2567/O01.md'\n");
  CHECK(c.oit.at(2567).size() == 2);
}

TEST_CASE("errors_on_empty_files") {
  auto files = full_site();
  files.add("content/committee/2568.yaml", "  \n");
  diag::DiagnosticSink sink;
  content::load_site(files, sink);
  CHECK(all(sink) == "content/committee/2568.yaml:1:1: error: empty file\n");
}

TEST_CASE("errors_on_two_pages_with_one_url") {
  auto files = full_site();
  files.add("content/pages/about/contact/index.md", "---\ntitle: x\n---\n");
  diag::DiagnosticSink sink;
  auto c = content::load_site(files, sink);
  CHECK(all(sink) == "content/pages/about/contact/index.md:1:1: error: page 'about/contact' is also written by "
                     "'content/pages/about/contact.md'\n");
  CHECK(c.pages.size() == 1);
}

TEST_CASE("warns_on_no_gift_text_without_its_yaml") {
  auto files = full_site();
  files.add("content/no-gift/2568.md", "ข้อความ\n");
  diag::DiagnosticSink sink;
  content::load_site(files, sink);
  CHECK(all(sink) == "content/no-gift/2568.md:0:0: warning: 'content/no-gift/2568.md' has no 2568.yaml beside it\n");
}

TEST_CASE("a_broken_file_is_reported_and_the_rest_still_loads") {
  auto files = full_site();
  files.add("content/scores/2566.yaml", "fiscal_year: 2566\ntotal: [\n");
  diag::DiagnosticSink sink;
  auto c = content::load_site(files, sink);
  CHECK(sink.error_count() == 1);
  CHECK(c.scores.size() == 1);
  CHECK(c.measures.size() == 1);
}
