// The preview server's incremental rebuilds: after any edit, the served files equal those of a
// fresh full build, byte for byte, while fewer pages are rendered; a failed rebuild keeps the
// last good site and carries the error.
#include <doctest/doctest.h>

#include "server/rebuild.h"
#include "site_test_support.h"

using itagen::server::ChangeSet;
using itagen::server::Rebuilder;
using itagen::testing::build_files;
using itagen::testing::read_fixture;

namespace {

// The fixture in memory, editable, with a Rebuilder over it.
struct LiveSite {
  std::map<std::string, std::string> source = read_fixture("full");
  itagen::fs::MemoryFileSystem fs{source};
  Rebuilder rebuilder{fs, {}};

  itagen::server::RebuildReport edit(const std::string& path, const std::string& from, const std::string& to) {
    std::string& text = source.at(path);
    auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    text.replace(at, from.size(), to);
    fs.add(path, text);
    return rebuilder.rebuild(ChangeSet{{path}, false});
  }
  void expect_same_as_full_build() {
    auto full = build_files(source);
    REQUIRE(full.ok);
    const auto& served = *rebuilder.snapshot().files;
    CHECK(served.size() == full.files.size());
    for (const auto& [path, bytes] : full.files) {
      auto it = served.find(path);
      CHECK_MESSAGE((it != served.end() && *it->second == bytes), path);
    }
  }
};

}  // namespace

TEST_CASE("incremental_rebuild_of_a_page_edit_matches_a_full_build") {
  LiveSite site;
  REQUIRE(site.rebuilder.build_all().ok);
  auto report = site.edit("content/pages/about/contact.md", "ติดต่อได้ในวันและเวลาราชการ", "ติดต่อได้ทุกวัน");
  INFO(report.messages);
  REQUIRE(report.ok);
  CHECK(report.rendered < report.pages);
  site.expect_same_as_full_build();
  CHECK(site.rebuilder.snapshot().files->at("about/contact/index.html")->find("ติดต่อได้ทุกวัน") != std::string::npos);
}

TEST_CASE("incremental_rebuild_of_a_page_title_edit_matches_a_full_build") {
  LiveSite site;
  REQUIRE(site.rebuilder.build_all().ok);
  auto report = site.edit("content/pages/about/contact.md", "title: ติดต่อเรา", "title: ติดต่อสำนักงาน");
  REQUIRE(report.ok);
  site.expect_same_as_full_build();
}

TEST_CASE("incremental_rebuild_of_measures_and_oit_edits_matches_a_full_build") {
  LiveSite site;
  REQUIRE(site.rebuilder.build_all().ok);
  auto report = site.edit("content/measures/2567.yaml", "รายงานผลการใช้จ่ายงบประมาณทุกไตรมาส", "รายงานผลทุกเดือน");
  INFO(report.messages);
  REQUIRE(report.ok);
  CHECK(report.rendered < report.pages);
  site.expect_same_as_full_build();
  report = site.edit("content/oit/2567/O01.md", "โครงสร้างการแบ่งส่วนราชการของสำนักงาน", "โครงสร้างใหม่");
  REQUIRE(report.ok);
  CHECK(report.rendered < report.pages);
  site.expect_same_as_full_build();
}

TEST_CASE("site_yaml_and_new_files_rebuild_every_page") {
  LiveSite site;
  REQUIRE(site.rebuilder.build_all().ok);
  auto report = site.edit("content/site.yaml", "target: 95", "target: 90");
  REQUIRE(report.ok);
  CHECK(report.rendered == report.pages);
  site.expect_same_as_full_build();
  site.source["content/pages/new.md"] = "---\ntitle: หน้าใหม่\n---\nเนื้อหา\n";
  site.fs.add("content/pages/new.md", site.source["content/pages/new.md"]);
  report = site.rebuilder.rebuild(ChangeSet{{"content/pages/new.md"}, false});
  REQUIRE(report.ok);
  CHECK(report.rendered == report.pages);
  site.expect_same_as_full_build();
}

TEST_CASE("a_failed_rebuild_keeps_the_last_good_site_and_reports_the_error") {
  LiveSite site;
  REQUIRE(site.rebuilder.build_all().ok);
  auto good = site.rebuilder.snapshot().files;
  auto report = site.edit("content/scores/2566.yaml", "fiscal_year: 2566", "fiscal_year: [2566");
  CHECK_FALSE(report.ok);
  auto broken = site.rebuilder.snapshot();
  CHECK(broken.files == good);
  CHECK(broken.error.find("content/scores/2566.yaml:1:14: error: invalid YAML") != std::string::npos);
  report = site.edit("content/scores/2566.yaml", "fiscal_year: [2566", "fiscal_year: 2566");
  REQUIRE(report.ok);
  CHECK(site.rebuilder.snapshot().error.empty());
  site.expect_same_as_full_build();
}
