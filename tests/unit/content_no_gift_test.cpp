// content/no-gift/<fy>.yaml and its announcement text; the evidence list form.
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

const std::string kPath = "content/no-gift/2567.yaml";
const std::string kMdPath = "content/no-gift/2567.md";
const std::string kHead = "fiscal_year: 2567\nannouncement: {title: ประกาศ}\n";

std::string errors_of(const std::string& rest) {
  diag::DiagnosticSink sink;
  content::parse_no_gift(kHead + rest, kPath, "", "", sink);
  return all(sink);
}

}  // namespace

TEST_CASE("reads_every_field_of_a_no_gift_file") {
  diag::DiagnosticSink sink;
  auto rec = content::parse_no_gift(
      "fiscal_year: 2567\n"
      "announcement:\n"
      "  title: ประกาศ เรื่อง นโยบายไม่รับของขวัญ\n"
      "  date: 2566-12-01\n"
      "  signed_by: {name: นายตัวอย่าง, position: ผู้อำนวยการ}\n"
      "  document: files/no-gift-2567.pdf\n"
      "dissemination:\n"
      "  - date: 2566-12-02\n"
      "    channel: facebook\n"
      "    audience: ประชาชน\n"
      "    text: เผยแพร่\n"
      "    evidence:\n"
      "      - {title: โพสต์, url: https://facebook.com/x}\n"
      "activities:\n"
      "  - {date: 2567-01-10, title: อบรม, text: จัดอบรม, evidence: [{title: ภาพ, file: files/a.jpg}]}\n"
      "report:\n"
      "  as_of: 2567-09-30\n"
      "  gifts_received: 0\n"
      "  text: ไม่มี\n"
      "  evidence: [{title: รายงาน, page: no-gift/2567}]\n",
      kPath, "# ประกาศ\n\nข้อความ\n", kMdPath, sink);
  REQUIRE(rec);
  CHECK(all(sink) == "");
  CHECK(rec->announcement.title == "ประกาศ เรื่อง นโยบายไม่รับของขวัญ");
  CHECK(*rec->announcement.date == thai::Date{2023, 12, 1});
  CHECK(rec->announcement.signed_by.position == "ผู้อำนวยการ");
  CHECK(rec->announcement.document == "files/no-gift-2567.pdf");
  CHECK(rec->announcement.document_where.line == 6);
  CHECK(rec->dissemination.at(0).channel == "facebook");
  CHECK(rec->dissemination.at(0).evidence.at(0).url == "https://facebook.com/x");
  CHECK(rec->dissemination.at(0).evidence.at(0).where.line == 13);
  CHECK(rec->activities.at(0).evidence.at(0).file == "files/a.jpg");
  CHECK(rec->report->gifts_received == 0);
  CHECK(rec->report->evidence.at(0).page == "no-gift/2567");
  CHECK(rec->body.source == "# ประกาศ\n\nข้อความ\n");
  CHECK(rec->body.where.path == kMdPath);
  CHECK(rec->body.where.line == 1);
}

TEST_CASE("announcement_text_with_front_matter_warns_on_its_keys") {
  diag::DiagnosticSink sink;
  auto rec = content::parse_no_gift(kHead, kPath, "---\ntitle: x\n---\nข้อความ\n", kMdPath, sink);
  REQUIRE(rec);
  CHECK(all(sink) == "content/no-gift/2567.md:2:1: warning: unknown key 'title'\n");
  CHECK(rec->body.source == "ข้อความ\n");
  CHECK(rec->body.where.line == 4);
}

TEST_CASE("errors_on_missing_announcement_title") {
  diag::DiagnosticSink sink;
  content::parse_no_gift("fiscal_year: 2567\nannouncement:\n  date: 2566-12-01\n", kPath, "", "", sink);
  CHECK(all(sink) == "content/no-gift/2567.yaml:3:3: error: missing required field 'title'\n");
}

TEST_CASE("errors_on_unknown_channel_with_did_you_mean") {
  diag::DiagnosticSink sink;
  content::parse_no_gift(kHead + "dissemination: [{channel: facebok}]\n", kPath, "", "", sink);
  CHECK(all(sink) == "content/no-gift/2567.yaml:3:27: error: unknown channel 'facebok'\n");
  CHECK(sink.diagnostics()[0].hint == "did you mean 'facebook'?");
}

TEST_CASE("errors_on_evidence_without_exactly_one_target") {
  CHECK(errors_of("activities:\n  - title: a\n    evidence:\n      - {title: x}\n      - {title: y, file: f.pdf, url: https://e}\n") ==
        "content/no-gift/2567.yaml:6:9: error: evidence needs one of 'file', 'url', 'page' or 'document'\n"
        "content/no-gift/2567.yaml:7:9: error: evidence has more than one of 'file', 'url', 'page' and 'document'\n");
}

TEST_CASE("errors_on_javascript_data_and_vbscript_links") {
  diag::DiagnosticSink sink;
  content::parse_no_gift(kHead +
                             "report:\n  evidence:\n    - {title: a, url: \"javascript:alert(1)\"}\n"
                             "    - {title: b, url: \" DATA:text/html,x\"}\n    - {title: c, url: \"vb\\tscript:x\"}\n",
                         kPath, "", "", sink);
  CHECK(all(sink) == "content/no-gift/2567.yaml:5:23: error: unsafe link 'javascript:alert(1)'\n"
                     "content/no-gift/2567.yaml:6:23: error: unsafe link ' DATA:text/html,x'\n"
                     "content/no-gift/2567.yaml:7:23: error: unsafe link 'vb\tscript:x'\n");
  CHECK(sink.diagnostics()[0].hint == "use an https:// link");
}

TEST_CASE("errors_on_negative_gift_count") {
  CHECK(errors_of("report: {gifts_received: -1}\n") ==
        "content/no-gift/2567.yaml:3:26: error: 'gifts_received' must not be negative\n");
}
