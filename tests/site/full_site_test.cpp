// Whole-site tests: the full fixture site built in memory, asserted on its output files.
#include <doctest/doctest.h>

#include "site_test_support.h"

using itagen::testing::build_files;
using itagen::testing::build_fixture;
using itagen::testing::internal_links;
using itagen::testing::read_fixture;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("builds_every_url_of_the_contract") {
  auto site = build_fixture("full");
  INFO(site.messages);
  REQUIRE(site.ok);
  for (const char* path :
       {"index.html", "ita/index.html", "ita/2565/index.html", "ita/2566/index.html", "oit/2567/index.html",
        "oit/2567/o01/index.html", "oit/2567/o43/index.html", "oit/2567/links.csv", "measures/2567/index.html",
        "measures/2567/transparent-budget/index.html", "measures/2567/communication/index.html",
        "no-gift/2567/index.html", "reports/2567/6m/index.html", "committee/2567/index.html",
        "report/2567/index.html", "about/contact/index.html", "sitemap.xml", "robots.txt", "feed.xml", "404.html",
        "data/ita.json", "data/ita-history.csv", "assets/style.css", "files/no-gift-2567.pdf"}) {
    CHECK_MESSAGE(site.has(path), path);
  }
}

TEST_CASE("example_fixture_builds_without_warnings") {
  auto site = build_fixture("full");
  INFO(site.messages);
  CHECK(site.diags.warning_count() == 0);
  CHECK(site.diags.error_count() == 0);
}

TEST_CASE("every_internal_link_points_to_a_file_that_exists") {
  auto site = build_fixture("full");
  REQUIRE(site.ok);
  std::map<std::string, std::string> found_in;
  for (const auto& target : internal_links(site, "/ita/", &found_in)) {
    CHECK_MESSAGE(site.has(target), (target + " linked from " + found_in[target]));
  }
}

TEST_CASE("home_shows_the_latest_result_and_the_current_year") {
  auto site = build_fixture("full");
  const auto& home = site.file("index.html");
  CHECK(contains(home, "96.77"));
  CHECK(contains(home, ">AA<"));
  CHECK(contains(home, "ลดลง 0.17"));
  CHECK(contains(home, "href=\"/ita/measures/2567/\""));
  CHECK(contains(home, "<html lang=\"th\">"));
}

TEST_CASE("year_page_shows_published_tools_and_marks_indicators_below_target") {
  auto site = build_fixture("full");
  const auto& year = site.file("ita/2566/index.html");
  CHECK(contains(year, "28.36"));
  CHECK(contains(year, "28.42"));
  CHECK(contains(year, "40.00"));
  CHECK(contains(year, "<tr id=\"indicator-2\">"));
  CHECK(contains(year, "2. การใช้งบประมาณ"));
  CHECK(contains(year, "<svg class=\"chart chart-indicators\""));
}

TEST_CASE("oit_index_lists_missing_items_and_counts_an_item_without_evidence_as_missing") {
  auto site = build_fixture("full");
  const auto& index = site.file("oit/2567/index.html");
  CHECK(contains(index, "เผยแพร่แล้ว <strong>2</strong> จาก 43 รายการ"));
  CHECK(contains(index, "O43 การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</a></li>"));
  const auto& csv = site.file("oit/2567/links.csv");
  CHECK(contains(csv, "\nO1,โครงสร้าง,9.1,มี,https://www.example.go.th/ita/oit/2567/o01/,"));
  CHECK(contains(csv, "O43,"));
  CHECK(std::count(csv.begin(), csv.end(), '\n') == 44);
}

TEST_CASE("measure_page_links_its_indicators_items_and_monitoring_entries") {
  auto site = build_fixture("full");
  const auto& page = site.file("measures/2567/transparent-budget/index.html");
  CHECK(contains(page, "href=\"/ita/ita/2566/#indicator-2\""));
  CHECK(contains(page, "href=\"/ita/reports/2567/6m/\""));
  CHECK(contains(page, "ร้อยละ 60"));
  CHECK(contains(page, "href=\"/ita/committee/2567/#meetings\""));
}

TEST_CASE("open_data_keeps_exact_decimals_as_strings") {
  auto site = build_fixture("full");
  CHECK(contains(site.file("data/ita.json"), "\"total\": \"96.77\""));
  CHECK(contains(site.file("data/ita.json"), "\"scale\": \"aa-f\""));
  CHECK(contains(site.file("data/ita-history.csv"), "2566,96.77,aa-f,AA,yes,-0.17,ลดลง,12,245\n"));
}

TEST_CASE("two_builds_of_the_same_input_are_byte_identical") {
  auto a = build_fixture("full");
  auto b = build_fixture("full");
  REQUIRE(a.ok);
  CHECK(a.files == b.files);
}

TEST_CASE("base_url_override_moves_every_link_under_the_new_path") {
  auto site = build_files(read_fixture("full"), "https://school.example.org/integrity/");
  REQUIRE(site.ok);
  CHECK(contains(site.file("index.html"), "href=\"/integrity/measures/2567/\""));
  CHECK(contains(site.file("sitemap.xml"), "<loc>https://school.example.org/integrity/ita/2566/</loc>"));
  for (const auto& target : internal_links(site, "/integrity/")) CHECK_MESSAGE(site.has(target), target);
}

TEST_CASE("thai_numerals_apply_to_every_number_printed_but_not_to_codes_links_or_data") {
  auto files = read_fixture("full");
  auto& config = files["content/site.yaml"];
  config.replace(config.find("numerals: arabic"), 16, "numerals: thai");
  auto site = build_files(files);
  REQUIRE(site.ok);
  const auto& year = site.file("ita/2566/index.html");
  CHECK(contains(year, "๙๖.๗๗"));
  CHECK(contains(year, "ปีงบประมาณ ๒๕๖๖"));
  CHECK_FALSE(contains(year, ">96.77<"));
  CHECK(contains(year, "href=\"/ita/ita/\""));
  const auto& measure = site.file("measures/2567/transparent-budget/index.html");
  CHECK(contains(measure, "O11"));
  CHECK(contains(measure, "๑ ธันวาคม ๒๕๖๖"));
  CHECK(contains(site.file("data/ita.json"), "\"96.77\""));
}

TEST_CASE("raw_html_in_markdown_is_dropped_unless_the_site_opts_in") {
  auto files = read_fixture("full");
  files["content/pages/about/contact.md"] +=
      "\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n\n<mark class=\"note\">ประกาศ</mark>\n";
  auto safe = build_files(files);
  REQUIRE(safe.ok);
  CHECK_FALSE(contains(safe.file("about/contact/index.html"), "<script>alert(1)</script>"));
  CHECK_FALSE(contains(safe.file("about/contact/index.html"), "javascript:"));
  CHECK_FALSE(contains(safe.file("about/contact/index.html"), "<mark class=\"note\">"));
  auto& config = files["content/site.yaml"];
  config.replace(config.find("unsafe_html: false"), 18, "unsafe_html: true");
  auto opted_in = build_files(files);
  REQUIRE(opted_in.ok);
  CHECK(contains(opted_in.file("about/contact/index.html"), "<mark class=\"note\">ประกาศ</mark>"));
  // Even then, GitHub's tag filter keeps <script> inert.
  CHECK(contains(opted_in.file("about/contact/index.html"), "&lt;script>alert(1)&lt;/script>"));
}

TEST_CASE("yaml_text_is_html_escaped_everywhere") {
  auto files = read_fixture("full");
  auto& measures = files["content/measures/2567.yaml"];
  const std::string title = "title: มาตรการพัฒนาการสื่อสาร";
  measures.replace(measures.find(title), title.size(), "title: \"<img src=x onerror=alert(1)>\"");
  auto site = build_files(files);
  REQUIRE(site.ok);
  CHECK(contains(site.file("measures/2567/communication/index.html"), "&lt;img src=x onerror=alert(1)&gt;"));
  CHECK_FALSE(contains(site.file("measures/2567/communication/index.html"), "<img src=x"));
}

TEST_CASE("a_published_total_off_by_more_than_the_tolerance_warns_with_both_numbers") {
  auto files = read_fixture("full");
  auto& scores = files["content/scores/2566.yaml"];
  scores.replace(scores.find("total: 96.77"), 12, "total: 96.70");
  auto site = build_files(files);
  REQUIRE(site.ok);
  CHECK(contains(site.messages,
                 "content/scores/2566.yaml:2:8: warning: published total 96.70 differs from 96.77 computed from"));
  CHECK(contains(site.file("ita/2566/index.html"), "96.70"));  // what is published is shown
}

TEST_CASE("a_report_naming_an_unknown_measure_is_an_error_and_nothing_is_written") {
  auto files = read_fixture("full");
  auto& report = files["content/reports/2567/6m.yaml"];
  report.replace(report.find("id: transparent-budget"), 22, "id: transparent-budgte");
  auto site = build_files(files);
  CHECK_FALSE(site.ok);
  CHECK(contains(site.messages, "content/reports/2567/6m.yaml:6:5: error: report names unknown measure "
                                "'transparent-budgte' of fiscal year 2567\n"));
  CHECK(contains(site.messages, "hint: did you mean 'transparent-budget'?"));
  CHECK(site.files.empty());
}

TEST_CASE("an_indicator_below_target_without_a_measure_warns") {
  auto files = read_fixture("full");
  auto& measures = files["content/measures/2567.yaml"];
  measures.replace(measures.find("indicators: [7, 8]"), 18, "indicators: [7]");
  auto site = build_files(files);
  CHECK(contains(site.messages, "indicator 8 (การปรับปรุงระบบการทำงาน) scored 94.30 in 2566, below the target 95.00"));
}

// The free pages' Markdown rendered by worker processes (markdown/parallel_render.h) gives the
// site that the render threads give, byte for byte, on a site with more pages than one batch;
// so does `build`'s letting go of each page's Markdown once it is written, either way.
TEST_CASE("markdown_worker_processes_build_the_same_site") {
  auto source = itagen::testing::read_fixture("full");
  for (int i = 0; i < 2100; ++i) {
    source["content/pages/many/p" + std::to_string(i) + ".md"] =
        "---\ntitle: หน้า " + std::to_string(i) + "\n---\n~~เก่า~~ ใหม่ www.example.org/" + std::to_string(i) +
        "\n\n| a | b |\n|---|---|\n| " + std::to_string(i) + " | ~~y~~ |\n";
  }
  auto threads = itagen::testing::build_files(source, {}, 1);
  auto workers = itagen::testing::build_files(source, {}, 3);
  REQUIRE(threads.ok);
  REQUIRE(workers.ok);
  CHECK(threads.files.size() == workers.files.size());
  CHECK(threads.files == workers.files);
  CHECK(workers.file("many/p2099/index.html").find("<del>y</del>") != std::string::npos);
  // With threads it is checked on the fixture (a_build_lets_go_of_the_markdown_of_written_pages).
  auto released = itagen::testing::build_files(source, {}, 3, true);
  REQUIRE(released.ok);
  CHECK(released.files == threads.files);
}

// `build` lets go of each free page's Markdown once the page is written; other runs keep it
// (the preview parses one page again into a copy of the previous content).
TEST_CASE("a_build_lets_go_of_the_markdown_of_written_pages") {
  itagen::fs::MemoryFileSystem files(itagen::testing::read_fixture("full"));
  std::map<std::string, std::string> kept;
  for (bool release : {false, true}) {
    CAPTURE(release);
    itagen::pipeline::Options options;
    options.release_page_sources = release;
    itagen::diag::DiagnosticSink diags;
    itagen::output::MemorySink out;
    auto built = itagen::pipeline::run(files, &out, options, diags);
    REQUIRE(built.ok);
    REQUIRE_FALSE(built.model->content.pages.empty());
    for (const auto& page : built.model->content.pages) CHECK(page.body.source.empty() == release);
    if (release) {
      CHECK(out.take() == kept);  // the same site
    } else {
      kept = out.take();
    }
  }
}
