// Whole-site tests of site search: the search page and search-index.json of the full fixture.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline/pipeline.h"
#include "server/rebuild.h"
#include "site_test_support.h"

using itagen::testing::build_files;
using itagen::testing::build_fixture;
using itagen::testing::read_fixture;
using nlohmann::json;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// The URLs of the pages holding a term (ids are delta-encoded).
std::vector<std::string> urls(const json& index, const std::string& term) {
  std::vector<std::string> out;
  if (!index["terms"].contains(term)) return out;
  int id = 0;
  for (int gap : index["terms"][term]) out.push_back(index["pages"][id += gap]["u"]);
  return out;
}

bool has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

TEST_CASE("writes_a_search_page_and_an_index_of_every_other_page") {
  auto site = build_fixture("full");
  INFO(site.messages);
  REQUIRE(site.ok);
  REQUIRE(site.has("search/index.html"));
  REQUIRE(site.has("search-index.json"));
  auto index = json::parse(site.file("search-index.json"));
  std::vector<std::string> pages;
  for (const auto& p : index["pages"]) pages.push_back(p["u"]);
  CHECK(std::is_sorted(pages.begin(), pages.end()));
  CHECK(has(pages, "/ita/"));
  CHECK(has(pages, "/ita/measures/2567/"));
  CHECK(has(pages, "/ita/about/contact/"));
  CHECK_FALSE(has(pages, "/ita/search/"));
  CHECK_FALSE(has(pages, "/ita/404/"));
  std::size_t html_pages = std::count_if(site.files.begin(), site.files.end(), [](const auto& f) {
    return f.first.size() > 5 && f.first.compare(f.first.size() - 5, 5, ".html") == 0;
  });
  CHECK(pages.size() == html_pages - 2);
}

TEST_CASE("finds_thai_words_in_pages_written_without_spaces") {
  auto site = build_fixture("full");
  auto index = json::parse(site.file("search-index.json"));
  CHECK(has(urls(index, "มาตรการ"), "/ita/measures/2567/"));
  CHECK(has(urls(index, "มาตรการ"), "/ita/measures/2567/transparent-budget/"));
  auto gift = urls(index, "ขวัญ");
  CHECK(has(gift, "/ita/no-gift/2567/"));
  for (const auto& url : gift) CHECK(has(urls(index, "ของ"), url));
}

TEST_CASE("search_page_works_under_the_base_path_and_without_javascript_says_so") {
  auto site = build_fixture("full");
  const auto& page = site.file("search/index.html");
  CHECK(contains(page, "data-index=\"/ita/search-index.json\""));
  CHECK(contains(page, "<script src=\"/ita/assets/search.js\" defer></script>"));
  CHECK(contains(page, "<input type=\"search\" id=\"search-input\" name=\"q\""));
  CHECK(contains(page, "<p class=\"search-status\" id=\"search-status\" role=\"status\" aria-live=\"polite\"></p>"));
  CHECK(contains(page, "<noscript>"));
  CHECK(site.has("assets/search.js"));
  const auto& home = site.file("index.html");
  CHECK(contains(home, "<form class=\"site-search\" role=\"search\" aria-label=\"ค้นหาในเว็บไซต์\" action=\"/ita/search/\" method=\"get\">"));
  CHECK(contains(home, "<label class=\"visually-hidden\" for=\"site-search-q\">"));
}

TEST_CASE("a_thai_digit_site_indexes_the_same_terms_and_shows_thai_digits") {
  auto source = read_fixture("full");
  auto arabic = json::parse(build_files(source).file("search-index.json"));
  auto& yaml = source["content/site.yaml"];
  yaml.replace(yaml.find("numerals: arabic"), 16, "numerals: thai");
  auto site = build_files(source);
  INFO(site.messages);
  REQUIRE(site.ok);
  auto thai = json::parse(site.file("search-index.json"));
  CHECK(thai["terms"] == arabic["terms"]);
  CHECK(has(urls(thai, "2567"), "/ita/measures/2567/"));
  bool thai_digit_title = false;
  for (const auto& p : thai["pages"]) thai_digit_title = thai_digit_title || contains(p["t"], "๒๕๖๗");
  CHECK(thai_digit_title);
  CHECK(contains(site.file("search/index.html"), "data-numerals=\"thai\""));
  CHECK(site.file("assets/search.js") == build_files(source).file("assets/search.js"));
}

TEST_CASE("search_index_is_byte_identical_across_builds") {
  CHECK(build_fixture("full").file("search-index.json") == build_fixture("full").file("search-index.json"));
}

// Regression: the preview server's incremental rebuild reuses unchanged pages without rendering
// them; they must stay in the index.
TEST_CASE("incremental_rebuild_keeps_reused_pages_in_the_index") {
  auto source = read_fixture("full");
  itagen::fs::MemoryFileSystem files(source);
  itagen::pipeline::Options options;
  itagen::diag::DiagnosticSink diags;
  itagen::output::SharedMemorySink first_out;
  auto first = itagen::pipeline::run(files, &first_out, options, diags);
  REQUIRE(first.ok);
  auto first_files = first_out.take();
  itagen::pipeline::Incremental one_file;
  one_file.previous = &first;
  one_file.scope.everything = false;
  one_file.scope.changed = {"content/committee/2567.yaml"};
  one_file.copy_previous = [&](const std::string& path, itagen::output::OutputSink& to) {
    auto it = first_files.find(path);
    return it != first_files.end() && to.write(path, it->second->bytes());
  };
  itagen::output::SharedMemorySink second_out;
  auto second = itagen::pipeline::run(files, &second_out, options, diags, one_file);
  REQUIRE(second.ok);
  CHECK(second.rendered < second.pages);
  auto second_files = second_out.take();
  const std::string& before = first_files.at("search-index.json")->bytes();
  const std::string& after = second_files.at("search-index.json")->bytes();
  CHECK(json::parse(after)["pages"].size() == json::parse(before)["pages"].size());
  CHECK_MESSAGE(after == before, "the index after the incremental rebuild differs");
}

// The preview server keeps each page's index entry and patches the postings of the terms an
// edit touched; after any series of edits the index must equal a full build's.
TEST_CASE("the_cached_index_equals_a_full_builds_after_edits") {
  auto source = read_fixture("full");
  itagen::fs::MemoryFileSystem files(source);
  itagen::server::Rebuilder rebuilder(files, {});
  REQUIRE(rebuilder.build_all().ok);
  auto edit = [&](const std::string& path, const std::string& from, const std::string& to) {
    std::string& text = source.at(path);
    auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    text.replace(at, from.size(), to);
    files.add(path, text);
    auto report = rebuilder.rebuild(itagen::server::ChangeSet{{path}, false});
    INFO(report.messages);
    REQUIRE(report.ok);
    auto served = json::parse(rebuilder.snapshot().files->at("search-index.json")->bytes());
    auto full = json::parse(build_files(source).file("search-index.json"));
    CHECK(served == full);
    CHECK(rebuilder.snapshot().files->at("search-index.json")->bytes() == build_files(source).file("search-index.json"));
    return served;
  };
  const std::string page = "content/pages/about/contact.md";
  auto index = edit(page, "ติดต่อได้ในวันและเวลาราชการ", "ติดต่อได้ทุกวัน zzmarkerword");
  CHECK(urls(index, "zzmarkerword") == std::vector<std::string>{"/ita/about/contact/"});
  index = edit(page, "zzmarkerword", "qqotherword 2570");
  CHECK(urls(index, "zzmarkerword").empty());
  CHECK(has(urls(index, "2570"), "/ita/about/contact/"));
  edit(page, "title: ติดต่อเรา", "title: ติดต่อสำนักงาน");
  edit("content/measures/2567.yaml", "รายงานผลการใช้จ่ายงบประมาณทุกไตรมาส", "รายงานผลทุกเดือน");
  edit("content/site.yaml", "target: 95", "target: 90");
  edit(page, "qqotherword 2570", "");
}

// A Markdown page is indexed from its Markdown (the same parse that made its HTML), not from
// its HTML read back: the excerpt starts with the body, the theme's label before the date does
// not make every page a result, and the date stays searchable.
TEST_CASE("a_markdown_page_is_indexed_from_its_markdown_text") {
  auto site = build_fixture("full");
  auto index = json::parse(site.file("search-index.json"));
  json contact;
  for (const auto& p : index["pages"]) {
    if (p["u"] == "/ita/about/contact/") contact = p;
  }
  REQUIRE(contact.is_object());
  CHECK(contact["t"] == "ติดต่อเรา");
  CHECK(contact["s"].get<std::string>().rfind("ที่อยู่ ติดต่อได้ในวันและเวลาราชการ", 0) == 0);
  CHECK_FALSE(has(urls(index, "ปรับปรุง"), "/ita/about/contact/"));
  CHECK(has(urls(index, "มกราคม"), "/ita/about/contact/"));
  CHECK(has(urls(index, "2567"), "/ita/about/contact/"));
}
