// Whole-site tests of the official documents (documents: pdf) up to the PDF engine: which
// documents a build has, the pages' links to them, and the print HTML the engine is given
// (cover, signature block, dates in the Buddhist Era, the site's digits, QR code, logo, the
// metadata date). The PDFs themselves are read back in tests/cli/documents_test.sh.
#include <doctest/doctest.h>

#include <array>
#include <vector>

#include "pipeline/documents.h"
#include "site_test_support.h"

using namespace itagen;
using namespace itagen::testing;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

struct DocumentSite {
  pipeline::Build build;
  std::map<std::string, std::string> files;
  std::string messages;
};

// The fixture with text replaced in some of its files, built as the preview server builds it:
// the documents are not printed, only made ready.
DocumentSite build_documents(const std::string& fixture, const std::vector<std::array<std::string, 3>>& edits,
                             std::map<std::string, std::string> added = {}) {
  auto source = read_fixture(fixture);
  for (const auto& [path, from, to] : edits) {
    auto& text = source[path];
    auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, (path + ": " + from));
    text.replace(at, from.size(), to);
  }
  for (auto& [path, text] : added) source[path] = std::move(text);
  fs::MemoryFileSystem fs(source);
  output::MemorySink sink;
  diag::DiagnosticSink diags;
  pipeline::Options options;
  options.documents_on_request = true;
  DocumentSite site;
  site.build = pipeline::run(fs, &sink, options, diags);
  site.files = sink.take();
  for (const auto& d : diags.diagnostics()) site.messages += diag::format_diagnostic(d, [](const std::string&) {
    return std::optional<std::string>();
  });
  return site;
}

const std::string kTheme = "theme: default\n";
const std::string kDocuments = "theme: default\ndocuments: pdf\nlogo: files/emblem.svg\n";
const std::string kEmblem = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle r=\"5\"/></svg>";

}  // namespace

TEST_CASE("documents_pdf_makes_the_report_the_measures_and_the_no_gift_announcement") {
  auto site = build_documents("full", {{"content/site.yaml", kTheme, kDocuments}},
                              {{"content/static/files/emblem.svg", kEmblem}});
  REQUIRE_MESSAGE(site.build.ok, site.messages);
  REQUIRE(site.build.documents);
  CHECK(site.build.documents->has("report/2567/report.pdf"));
  CHECK(site.build.documents->has("measures/2567/measures.pdf"));
  CHECK(site.build.documents->has("no-gift/2567/no-gift.pdf"));
  CHECK(!site.build.documents->has("committee/2567/committee.pdf"));
  // On request: the preview's build prints nothing.
  CHECK(site.files.count("measures/2567/measures.pdf") == 0);
  CHECK(contains(site.files["measures/2567/index.html"], "href=\"/ita/measures/2567/measures.pdf\""));
  CHECK(contains(site.files["report/2567/index.html"], "href=\"/ita/report/2567/report.pdf\""));
  CHECK(contains(site.files["no-gift/2567/index.html"], "href=\"/ita/no-gift/2567/no-gift.pdf\""));
}

TEST_CASE("without_documents_there_is_no_document_and_no_link") {
  auto site = build_documents("full", {});
  REQUIRE(site.build.ok);
  CHECK(!site.build.documents);
  CHECK(!contains(site.files["measures/2567/index.html"], ".pdf\""));
}

TEST_CASE("measures_document_is_an_announcement_signed_by_signed_by_on_its_approval_date") {
  auto site = build_documents(
      "full",
      {{"content/site.yaml", kTheme, kDocuments},
       {"content/measures/2567.yaml", "committee_order: 12/2567\n",
        "committee_order: 12/2567\nsigned_by: {name: นายวิทยา สุจริตธรรม, position: ผู้อำนวยการสำนักงาน}\n"}},
      {{"content/static/files/emblem.svg", kEmblem}});
  REQUIRE_MESSAGE(site.build.ok, site.messages);
  std::string html = site.build.documents->html_for("measures/2567/measures.pdf");
  CHECK(contains(html, "<h1>ประกาศส\u0e4d\u0e32นักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 1</h1>"));
  // ำ is written as ํ + า for the engine (thai/sara_am.h).
  CHECK(contains(html, "เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจ\u0e4d\u0e32ปีงบประมาณ พ.ศ. 2567"));
  CHECK(contains(html, "<p class=\"signed-on\">ประกาศ ณ วันที่ 15 พฤศจิกายน 2566</p>"));
  CHECK(contains(html, "<p class=\"sign-line\">ลงชื่อ"));
  CHECK(contains(html, "<p class=\"signer-name\">(นายวิทยา สุจริตธรรม)</p>"));
  CHECK(contains(html, "<p class=\"signer-position\">ผู้อ\u0e4d\u0e32นวยการส\u0e4d\u0e32นักงาน</p>"));
  // The metadata date is the approval's (CE for the PDF), never the build's.
  CHECK(contains(html, "<meta name=\"dcterms.created\" content=\"2023-11-15\">"));
  CHECK(contains(html, "counter(page, decimal)"));
  CHECK(contains(html, "<img class=\"emblem small\" src=\"data:image/svg+xml;base64,"));
  CHECK(contains(html, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\""));
  CHECK(contains(html, "<span class=\"web-address\" lang=\"en\">https://www.example.go.th/ita/measures/2567/</span>"));
}

TEST_CASE("an_unsigned_document_leaves_the_name_and_position_to_fill_in_by_hand") {
  auto site = build_documents("full", {{"content/site.yaml", kTheme, "theme: default\ndocuments: pdf\n"}});
  REQUIRE_MESSAGE(site.build.ok, site.messages);
  std::string html = site.build.documents->html_for("measures/2567/measures.pdf");
  CHECK(contains(html, "<p class=\"signer-name\">(..................................................)</p>"));
  CHECK(!contains(html, "class=\"emblem"));  // no logo, no emblem
}

TEST_CASE("no_gift_document_splits_its_title_into_heading_and_subject") {
  auto site = build_documents("full", {{"content/site.yaml", kTheme, "theme: default\ndocuments: pdf\n"}});
  REQUIRE_MESSAGE(site.build.ok, site.messages);
  std::string html = site.build.documents->html_for("no-gift/2567/no-gift.pdf");
  CHECK(contains(html, "<h1>ประกาศ สพป.ทดสอบ เขต 1</h1>"));
  CHECK(contains(html, "<p class=\"subject\">เรื่อง นโยบายไม่รับของขวัญและของก\u0e4d\u0e32นัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)</p>"));
  CHECK(contains(html, "(นายผู้อ\u0e4d\u0e32นวยการ ทดสอบ)"));
}

TEST_CASE("report_document_has_cover_contents_signature_and_the_committee_order_in_thai_digits") {
  auto site = build_documents("full", {{"content/site.yaml", "numerals: arabic\n", "numerals: thai\n"},
                                       {"content/site.yaml", kTheme, "theme: default\ndocuments: pdf\n"}});
  REQUIRE_MESSAGE(site.build.ok, site.messages);
  std::string html = site.build.documents->html_for("report/2567/report.pdf");
  CHECK(contains(html, "<p class=\"cover-year\">ประจ\u0e4d\u0e32ปีงบประมาณ พ.ศ. ๒๕๖๗</p>"));
  CHECK(contains(html, "<h2>สารบัญ</h2>"));
  CHECK(contains(html, "target-counter(attr(href url), page, thai)"));
  CHECK(contains(html, "counter(page, thai)"));
  CHECK(contains(html, "id=\"appendix-committee\""));
  CHECK(contains(html, "ที่ ๑๒/๒๕๖๗"));
  CHECK(contains(html, "<p class=\"sign-line\">ลงชื่อ"));
  // Web addresses keep their Arabic digits.
  CHECK(contains(html, "https://www.example.go.th/ita/report/2567/"));
}

TEST_CASE("measures_evidence_may_name_a_document_and_links_csv_points_at_its_pdf") {
  auto site = build_documents(
      "full", {{"content/site.yaml", kTheme, "theme: default\ndocuments: pdf\n"},
               {"content/oit/2567/O42.md", "evidence:\n", "evidence:\n  - {title: ประกาศมาตรการ (PDF), document: measures/2567}\n"}});
  REQUIRE_MESSAGE(site.build.ok, site.messages);
  CHECK(contains(site.files["oit/2567/links.csv"], "https://www.example.go.th/ita/measures/2567/measures.pdf"));
  CHECK(contains(site.files["oit/2567/o42/index.html"], "href=\"/ita/measures/2567/measures.pdf\""));
}

TEST_CASE("a_markdown_image_is_shown_on_the_page_but_never_given_to_the_engine") {
  auto site = build_documents("full", {{"content/site.yaml", kTheme, "theme: default\ndocuments: pdf\n"},
                                       {"content/measures/2567.yaml", "    steps:\n",
                                        "    steps:\n      - \"ดูภาพ ![ภาพ](https://www.example.go.th/a.png)\"\n"}});
  REQUIRE_MESSAGE(site.build.ok, site.messages);
  CHECK(contains(site.files["measures/2567/transparent-budget/index.html"], "src=\"https://www.example.go.th/a.png\""));
  std::string html = site.build.documents->html_for("measures/2567/measures.pdf");
  CHECK(contains(html, "ดูภาพ"));
  CHECK(!contains(html, "a.png"));
}
