// The preview server's incremental rebuilds: after any edit, in place or saved through a
// temporary file renamed over the original, the served files equal those of a fresh full
// build, byte for byte, while fewer pages are rendered; a failed rebuild keeps the last good
// site and carries the error.
#include <doctest/doctest.h>

#include "server/rebuild.h"
#include "site_test_support.h"

using itagen::server::ChangeSet;
using itagen::server::Rebuilder;
using itagen::server::WatchBatch;
using Kind = itagen::server::WatchEvent::Kind;
using itagen::testing::build_files;
using itagen::testing::read_fixture;

namespace {

// The fixture in memory, editable, with a Rebuilder over it.
struct LiveSite {
  std::map<std::string, std::string> source = read_fixture("full");
  itagen::fs::MemoryFileSystem fs{source};
  Rebuilder rebuilder{fs, {}};

  void change(const std::string& path, const std::string& from, const std::string& to) {
    std::string& text = source.at(path);
    auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    text.replace(at, from.size(), to);
    fs.add(path, text);
  }
  // Written in place.
  itagen::server::RebuildReport edit(const std::string& path, const std::string& from, const std::string& to) {
    change(path, from, to);
    return rebuilder.rebuild(ChangeSet{{path}, false});
  }
  // Saved through a temporary file beside it renamed over it, with the events the watcher
  // reports for that: here `temp` is written and gone by the time the burst settles.
  itagen::server::RebuildReport rename_save(const std::string& path, const std::string& from, const std::string& to,
                                            const std::string& temp) {
    change(path, from, to);
    std::string folder = path.substr(0, path.rfind('/') + 1);
    WatchBatch batch{{{Kind::kCreated, folder + temp},
                      {Kind::kWritten, folder + temp},
                      {Kind::kMovedFrom, folder + temp},
                      {Kind::kMovedTo, path}}};
    ChangeSet changes = rebuilder.net_changes(batch);
    CHECK(changes.paths == std::set<std::string>{path});
    return rebuilder.rebuild(changes);
  }
  void expect_same_as_full_build() {
    auto full = build_files(source);
    REQUIRE(full.ok);
    const auto& served = *rebuilder.snapshot().files;
    CHECK(served.size() == full.files.size());
    for (const auto& [path, bytes] : full.files) {
      auto it = served.find(path);
      CHECK_MESSAGE((it != served.end() && it->second->bytes() == bytes), path);
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
  CHECK(site.rebuilder.snapshot().files->at("about/contact/index.html")->bytes().find("ติดต่อได้ทุกวัน") != std::string::npos);
}

TEST_CASE("a_rename_save_renders_only_the_pages_of_the_saved_file_as_an_in_place_write_does") {
  LiveSite site;
  REQUIRE(site.rebuilder.build_all().ok);
  const std::string page = "content/pages/about/contact.md";
  auto in_place = site.edit(page, "ติดต่อได้ในวันและเวลาราชการ", "ติดต่อได้ทุกวัน");
  REQUIRE(in_place.ok);
  // sed -i's temporary name, then one no rule knows (the net effect alone must tell).
  struct Save {
    const char* temp;
    const char* from;
    const char* to;
  };
  for (const Save& save : {Save{"sedTkzBqU", "ติดต่อได้ทุกวัน", "ติดต่อได้ทุกวันทำการ"},
                           Save{"contact.md.q7Xk2P", "ติดต่อได้ทุกวันทำการ", "ติดต่อได้ตลอดเวลา"}}) {
    CAPTURE(save.temp);
    auto saved = site.rename_save(page, save.from, save.to, save.temp);
    INFO(saved.messages);
    REQUIRE(saved.ok);
    // The same pages as the in-place write: the page and those showing every year's data (most
    // of this small fixture; 4 of 1,003 on bench/gen_site.py's site), never all.
    CHECK(saved.rendered == in_place.rendered);
    CHECK(saved.rendered < saved.pages);
    CHECK(saved.changed == std::vector<std::string>{page});
    site.expect_same_as_full_build();
    CHECK(site.rebuilder.snapshot().files->at("about/contact/index.html")->bytes().find(save.to) != std::string::npos);
  }
  auto yaml = site.rename_save("content/measures/2567.yaml", "รายงานผลการใช้จ่ายงบประมาณทุกไตรมาส", "รายงานผลทุกเดือน",
                               "sed0a9ZzQ");
  REQUIRE(yaml.ok);
  CHECK(yaml.rendered < yaml.pages);
  site.expect_same_as_full_build();
}

TEST_CASE("a_burst_of_temporary_files_only_is_nothing_to_rebuild_and_a_renamed_in_new_page_rebuilds_all") {
  LiveSite site;
  REQUIRE(site.rebuilder.build_all().ok);
  WatchBatch temporary{{{Kind::kCreated, "content/pages/draft.md"}, {Kind::kDeleted, "content/pages/draft.md"}}};
  CHECK(site.rebuilder.net_changes(temporary).empty());
  site.source["content/pages/new.md"] = "---\ntitle: หน้าใหม่\n---\nเนื้อหา\n";
  site.fs.add("content/pages/new.md", site.source["content/pages/new.md"]);
  WatchBatch saved_as{{{Kind::kCreated, "content/pages/sedAb12Cd"},
                       {Kind::kMovedFrom, "content/pages/sedAb12Cd"},
                       {Kind::kMovedTo, "content/pages/new.md"}}};
  auto report = site.rebuilder.rebuild(site.rebuilder.net_changes(saved_as));
  REQUIRE(report.ok);
  CHECK(report.rendered == report.pages);
  site.expect_same_as_full_build();
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

// A portal with more dated pages than the feed shows: the preview parses only the edited page
// again, renders only the pages that show its title (itself and the home page, besides those
// rendered after every edit), and patches the feed, which must still equal a full build's,
// also when the page's new date takes it out of the feed or brings another page into it.
TEST_CASE("a_title_or_date_edit_renders_the_pages_that_show_it_and_patches_the_feed") {
  LiveSite site;
  auto news = [](int i) { return "content/pages/news/n" + std::to_string(100 + i) + ".md"; };
  for (int i = 0; i < 60; ++i) {
    // Dates 2567-02-01 ... 2567-04-01 (one a day, two pages on some days), the newest last.
    std::string date = "2567-0" + std::to_string(2 + i / 28) + "-" + (i % 28 + 1 < 10 ? "0" : "") + std::to_string(i % 28 + 1);
    std::string text = "---\ntitle: ข่าว " + std::to_string(i) + "\ndate: " + date + "\n---\nเนื้อข่าว\n";
    site.source[news(i)] = text;
    site.fs.add(news(i), text);
  }
  site.source["content/pages/news/undated.md"] = "---\ntitle: ไม่มีวันที่\n---\nเนื้อหา\n";
  site.fs.add("content/pages/news/undated.md", site.source["content/pages/news/undated.md"]);
  REQUIRE(site.rebuilder.build_all().ok);
  auto body = site.edit(news(59), "เนื้อข่าว", "เนื้อข่าวที่แก้");
  REQUIRE(body.ok);
  site.expect_same_as_full_build();

  struct Edit {
    const char* what;
    std::string path, from, to;
  };
  const std::vector<Edit> edits = {
      {"the title of a page the feed shows", news(59), "title: ข่าว 59", "title: ข่าวล่าสุด"},
      {"the title of a page the feed does not show", news(0), "title: ข่าว 0", "title: ข่าวเก่า"},
      {"an old page's date brings it into the feed", news(1), "date: 2567-02-02", "date: 2567-05-01"},
      {"a shown page's date takes it out of a full feed", news(58), "date: 2567-04-03", "date: 2566-01-01"},
      {"a shown page loses its date", news(57), "date: 2567-04-02\n", ""},
      {"an undated page gets a date", "content/pages/news/undated.md", "title: ไม่มีวันที่\n",
       "title: ไม่มีวันที่\ndate: 2567-04-20\n"},
      {"a shown page moves within the feed", news(50), "date: 2567-03-23", "date: 2567-04-25"},
  };
  for (const auto& edit : edits) {
    CAPTURE(edit.what);
    auto report = site.edit(edit.path, edit.from, edit.to);
    INFO(report.messages);
    REQUIRE(report.ok);
    REQUIRE_FALSE(report.timings.empty());
    CHECK(report.timings.front().phase == "load (1 page)");
    CHECK(report.rendered == body.rendered);  // the same pages as a body edit: the page shows its title
    site.expect_same_as_full_build();
  }
  const std::string feed = site.rebuilder.snapshot().files->at("feed.xml")->bytes();
  CHECK(feed.find("ข่าวล่าสุด") != std::string::npos);
  CHECK(feed.find("ข่าว 58<") == std::string::npos);
  CHECK(feed.find("ไม่มีวันที่") != std::string::npos);
}
