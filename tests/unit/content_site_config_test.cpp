// content/site.yaml: the office's settings.
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

const std::string kPath = "content/site.yaml";
const std::string kNames = "name: สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำพูน เขต 1\nshort_name: สพป.ลำพูน เขต 1\n";

std::string errors_of(const std::string& text) {
  diag::DiagnosticSink sink;
  content::parse_site_config(text, kPath, sink);
  return all(sink);
}

}  // namespace

TEST_CASE("reads_every_field_of_site_yaml") {
  diag::DiagnosticSink sink;
  auto site = content::parse_site_config(
      kNames +
          "name_en: Lamphun Primary Educational Service Area Office 1\n"
          "base_url: https://www.example.go.th/ita\n"
          "numerals: thai\n"
          "target: 95\n"
          "theme: civic\n"
          "unsafe_html: true\n"
          "contact: {address: ลำพูน, phone: 053-000000, email: a@b.go.th, website: https://x.go.th, "
          "facebook: https://facebook.com/x, line: https://line.me/x}\n"
          "complaint_channels:\n"
          "  - {title: ร้องเรียนการทุจริต, url: https://x.go.th/complaint}\n"
          "  - {title: โทร, phone: \"1111\"}\n",
      kPath, sink);
  REQUIRE(site);
  CHECK(all(sink) == "");
  CHECK(site->short_name == "สพป.ลำพูน เขต 1");
  CHECK(site->name_en == "Lamphun Primary Educational Service Area Office 1");
  CHECK(site->base_url == "https://www.example.go.th/ita/");
  CHECK(site->numerals == thai::Numerals::kThai);
  CHECK(site->target.hundredths() == 9500);
  CHECK(site->theme == "civic");
  CHECK(site->unsafe_html);
  CHECK(site->contact.email == "a@b.go.th");
  CHECK(site->contact.line == "https://line.me/x");
  REQUIRE(site->complaint_channels.size() == 2);
  CHECK(site->complaint_channels[1].phone == "1111");
  CHECK(site->complaint_channels[1].where.line == 12);
}

TEST_CASE("site_defaults") {
  diag::DiagnosticSink sink;
  auto site = content::parse_site_config(kNames + "base_url: /\n", kPath, sink);
  REQUIRE(site);
  CHECK(all(sink) == "");
  CHECK(site->base_url == "/");
  CHECK(site->numerals == thai::Numerals::kArabic);
  CHECK(site->target.hundredths() == 8500);
  CHECK(site->theme == "default");
  CHECK_FALSE(site->unsafe_html);
}

TEST_CASE("errors_on_missing_names_and_base_url") {
  CHECK(errors_of("numerals: arabic\n") == "content/site.yaml:1:1: error: missing required field 'name'\n"
                                           "content/site.yaml:1:1: error: missing required field 'short_name'\n"
                                           "content/site.yaml:1:1: error: missing required field 'base_url'\n");
}

TEST_CASE("errors_on_base_url_without_scheme") {
  diag::DiagnosticSink sink;
  content::parse_site_config(kNames + "base_url: www.example.go.th\n", kPath, sink);
  CHECK(all(sink) == "content/site.yaml:3:11: error: web address 'www.example.go.th' has no http:// or https://\n");
  CHECK(sink.diagnostics()[0].hint == "write https://www.example.go.th");
}

TEST_CASE("errors_on_contact_and_complaint_addresses_without_scheme") {
  diag::DiagnosticSink sink;
  content::parse_site_config(kNames + "base_url: /\ncontact: {website: www.example.go.th, facebook: facebook.com/x}\n"
                                      "complaint_channels: [{title: x, url: www.example.go.th/complaint/}]\n",
                             kPath, sink);
  CHECK(all(sink) == "content/site.yaml:4:20: error: web address 'www.example.go.th' has no http:// or https://\n"
                     "content/site.yaml:4:49: error: web address 'facebook.com/x' has no http:// or https://\n"
                     "content/site.yaml:5:38: error: web address 'www.example.go.th/complaint/' has no http:// or "
                     "https://\n");
  CHECK(sink.diagnostics()[2].hint == "write https://www.example.go.th/complaint/");
}

TEST_CASE("a_line_contact_may_be_an_id_rather_than_an_address") {
  CHECK(errors_of(kNames + "base_url: /\ncontact: {line: \"@example\"}\n") == "");
  CHECK(errors_of(kNames + "base_url: /\ncontact: {line: \"javascript:x\"}\n") ==
        "content/site.yaml:4:17: error: unsafe link 'javascript:x'\n");
}

TEST_CASE("errors_on_unknown_numerals_with_did_you_mean") {
  diag::DiagnosticSink sink;
  content::parse_site_config(kNames + "base_url: /\nnumerals: Thai\n", kPath, sink);
  CHECK(all(sink) == "content/site.yaml:4:11: error: unknown numerals 'Thai'\n");
  CHECK(sink.diagnostics()[0].hint == "did you mean 'thai'?");
}

TEST_CASE("errors_on_unsafe_contact_and_complaint_links") {
  CHECK(errors_of(kNames + "base_url: /\ncontact: {website: \"javascript:alert(1)\"}\n"
                           "complaint_channels: [{title: x, url: \"JavaScript:x\"}]\n") ==
        "content/site.yaml:4:20: error: unsafe link 'javascript:alert(1)'\n"
        "content/site.yaml:5:38: error: unsafe link 'JavaScript:x'\n");
}

TEST_CASE("errors_on_complaint_channel_without_exactly_one_way") {
  CHECK(errors_of(kNames + "base_url: /\ncomplaint_channels:\n  - {title: a}\n  - {title: b, phone: \"1\", email: a@b}\n") ==
        "content/site.yaml:5:5: error: complaint channel needs one of 'url', 'phone' or 'email'\n"
        "content/site.yaml:6:5: error: complaint channel has more than one of 'url', 'phone' and 'email'\n");
}

TEST_CASE("errors_on_theme_that_is_not_a_folder_name") {
  CHECK(errors_of(kNames + "base_url: /\ntheme: ../../etc\n") ==
        "content/site.yaml:4:8: error: theme '../../etc' is not a folder name\n");
}

TEST_CASE("errors_on_target_over_100") {
  CHECK(errors_of(kNames + "base_url: /\ntarget: 101\n") == "content/site.yaml:4:9: error: score '101' is outside 0 to 100\n");
}

TEST_CASE("reads_documents_pdf_and_logo") {
  diag::DiagnosticSink sink;
  auto site = content::parse_site_config(kNames + "base_url: https://x.go.th/\ndocuments: pdf\nlogo: files/emblem.png\n",
                                         kPath, sink);
  REQUIRE(site);
  CHECK(all(sink) == "");
  CHECK(site->documents_pdf);
  CHECK(site->documents_where.line == 4);
  CHECK(site->logo == "files/emblem.png");
  CHECK(site->logo_where.line == 5);
}

TEST_CASE("documents_are_off_unless_asked_for") {
  diag::DiagnosticSink sink;
  auto site = content::parse_site_config(kNames + "base_url: https://x.go.th/\ndocuments: none\n", kPath, sink);
  REQUIRE(site);
  CHECK(!site->documents_pdf);
  auto plain = content::parse_site_config(kNames + "base_url: https://x.go.th/\n", kPath, sink);
  REQUIRE(plain);
  CHECK(!plain->documents_pdf);
}

TEST_CASE("errors_on_documents_other_than_pdf_or_none") {
  CHECK(errors_of(kNames + "base_url: https://x.go.th/\ndocuments: word\n").starts_with(
      "content/site.yaml:4:12: error: unknown documents 'word'"));
}

TEST_CASE("errors_on_logo_that_is_not_an_image") {
  CHECK(errors_of(kNames + "base_url: https://x.go.th/\nlogo: files/emblem.pdf\n") ==
        "content/site.yaml:4:7: error: logo 'files/emblem.pdf' is not a PNG, JPEG or SVG image\n");
}
