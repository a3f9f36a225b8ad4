// Applying scaffold plans to a real folder: files created, existing files never touched,
// nothing written outside the site.
#include "scaffold/apply.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace itagen::scaffold {
namespace {
namespace stdfs = std::filesystem;

// A fresh folder under the system temp folder, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = stdfs::temp_directory_path() /
            ("itagen_scaffold_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    stdfs::remove_all(path_);
    stdfs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    stdfs::remove_all(path_, ec);
  }
  const stdfs::path& path() const { return path_; }
  std::string site() const { return (path_ / "site").string(); }

 private:
  stdfs::path path_;
};

std::string read(const stdfs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Plan two_files() {
  Plan plan;
  plan.dirs = {"content/static/files"};
  plan.files = {{"content/site.yaml", "name: x\n"}, {"content/oit/2567/O05.md", "---\nitem: O5\n---\n"}};
  return plan;
}

TEST_CASE("apply_plan creates the site folder, the folders and the files, and reports each") {
  TempDir tmp;
  Applied applied = apply_plan(two_files(), tmp.site());
  REQUIRE_FALSE(applied.failure);
  REQUIRE(applied.events.size() == 3);
  CHECK(applied.events[0].kind == Event::Kind::kCreatedDir);
  CHECK(applied.events[0].path == "content/static/files/");
  CHECK(applied.events[1].kind == Event::Kind::kCreatedFile);
  CHECK(applied.events[1].path == "content/site.yaml");
  CHECK(applied.events[2].path == "content/oit/2567/O05.md");
  CHECK(applied.created() == 3);
  CHECK(stdfs::is_directory(tmp.path() / "site/content/static/files"));
  CHECK(read(tmp.path() / "site/content/site.yaml") == "name: x\n");
  CHECK(read(tmp.path() / "site/content/oit/2567/O05.md") == "---\nitem: O5\n---\n");
}

TEST_CASE("apply_plan never overwrites an existing file") {
  TempDir tmp;
  stdfs::create_directories(tmp.path() / "site/content");
  std::ofstream(tmp.path() / "site/content/site.yaml") << "name: mine\n";
  Applied applied = apply_plan(two_files(), tmp.site());
  REQUIRE_FALSE(applied.failure);
  CHECK(read(tmp.path() / "site/content/site.yaml") == "name: mine\n");
  CHECK(applied.events[1].kind == Event::Kind::kKept);
  CHECK(applied.events[1].path == "content/site.yaml");
  CHECK(applied.events[2].kind == Event::Kind::kCreatedFile);
}

TEST_CASE("apply_plan a second time creates nothing") {
  TempDir tmp;
  apply_plan(two_files(), tmp.site());
  Applied again = apply_plan(two_files(), tmp.site());
  REQUIRE_FALSE(again.failure);
  CHECK(again.created() == 0);
  REQUIRE(again.events.size() == 2);
  CHECK(again.events[0].kind == Event::Kind::kKept);
  CHECK(again.events[1].kind == Event::Kind::kKept);
}

TEST_CASE("apply_plan reports files the plan already knows to keep, with the reason") {
  TempDir tmp;
  Plan plan;
  plan.kept = {{"content/oit/2567/contact.md", "it holds item O5"}};
  Applied applied = apply_plan(plan, tmp.site());
  REQUIRE(applied.events.size() == 1);
  CHECK(applied.events[0].kind == Event::Kind::kKept);
  CHECK(applied.events[0].why == "it holds item O5");
}

TEST_CASE("apply_plan writes nothing when the plan failed") {
  TempDir tmp;
  Plan plan = two_files();
  plan.failure = Failure{"no", "because"};
  Applied applied = apply_plan(plan, tmp.site());
  REQUIRE(applied.failure);
  CHECK(applied.failure->message == "no");
  CHECK_FALSE(stdfs::exists(tmp.path() / "site"));
}

TEST_CASE("apply_plan does not follow a symlink out of the site") {
  TempDir tmp;
  stdfs::create_directories(tmp.path() / "site");
  stdfs::create_directories(tmp.path() / "elsewhere");
  stdfs::create_directory_symlink(tmp.path() / "elsewhere", tmp.path() / "site/content");
  Applied applied = apply_plan(two_files(), tmp.site());
  REQUIRE(applied.failure);
  CHECK(applied.failure->message.starts_with("refusing to write 'content/static"));
  CHECK(stdfs::is_empty(tmp.path() / "elsewhere"));
}

TEST_CASE("apply_plan refuses paths that are not plain relative paths") {
  TempDir tmp;
  for (const char* bad : {"../outside.txt", "/tmp/x", "content/../../x", "content//x"}) {
    Plan plan;
    plan.files = {{bad, "x"}};
    Applied applied = apply_plan(plan, tmp.site());
    CHECK_MESSAGE(applied.failure, bad);
  }
  CHECK_FALSE(stdfs::exists(tmp.path() / "outside.txt"));
}

TEST_CASE("apply_plan counts a symlink where a file would go as existing, and leaves its target alone") {
  TempDir tmp;
  stdfs::create_directories(tmp.path() / "site/content");
  std::ofstream(tmp.path() / "target.txt") << "keep";
  stdfs::create_symlink(tmp.path() / "target.txt", tmp.path() / "site/content/site.yaml");
  Plan plan;
  plan.files = {{"content/site.yaml", "name: x\n"}};
  Applied applied = apply_plan(plan, tmp.site());
  REQUIRE_FALSE(applied.failure);
  CHECK(applied.events[0].kind == Event::Kind::kKept);
  CHECK(read(tmp.path() / "target.txt") == "keep");
}

// A site holding content/measures/2567.yaml with `text`, and a plan that edits it.
Plan edit_of(const TempDir& tmp, const std::string& text, const std::string& after) {
  stdfs::create_directories(tmp.path() / "site/content/measures");
  std::ofstream(tmp.path() / "site/content/measures/2567.yaml", std::ios::binary) << text;
  Plan plan;
  plan.edits = {{"content/measures/2567.yaml", text, after, "added measure 'b'"}};
  return plan;
}

TEST_CASE("apply_plan replaces an edited file in one step, keeping its permissions") {
  TempDir tmp;
  Plan plan = edit_of(tmp, "measures:\n  - id: a\n", "measures:\n  - id: a\n  - id: b\n");
  const auto file = tmp.path() / "site/content/measures/2567.yaml";
  stdfs::permissions(file, stdfs::perms::owner_read | stdfs::perms::owner_write | stdfs::perms::group_read);
  Applied applied = apply_plan(plan, tmp.site());
  REQUIRE_FALSE(applied.failure);
  REQUIRE(applied.events.size() == 1);
  CHECK(applied.events[0].kind == Event::Kind::kUpdated);
  CHECK(applied.events[0].path == "content/measures/2567.yaml");
  CHECK(applied.events[0].why == "added measure 'b'");
  CHECK(applied.created() == 1);
  CHECK(read(file) == "measures:\n  - id: a\n  - id: b\n");
  CHECK((stdfs::status(file).permissions() & stdfs::perms::all) ==
        (stdfs::perms::owner_read | stdfs::perms::owner_write | stdfs::perms::group_read));
  int entries = 0;
  for (const auto& e : stdfs::directory_iterator(file.parent_path())) entries += !e.path().empty();
  CHECK(entries == 1);  // no temporary file left beside it
}

TEST_CASE("apply_plan leaves a file that changed since the plan was made") {
  TempDir tmp;
  Plan plan = edit_of(tmp, "measures:\n  - id: a\n", "measures:\n  - id: a\n  - id: b\n");
  const auto file = tmp.path() / "site/content/measures/2567.yaml";
  std::ofstream(file, std::ios::binary) << "measures:\n  - id: a\n  - id: typed-meanwhile\n";
  Applied applied = apply_plan(plan, tmp.site());
  REQUIRE(applied.failure);
  CHECK(applied.failure->message == "content/measures/2567.yaml changed while itagen was working on it; nothing was written");
  CHECK(read(file) == "measures:\n  - id: a\n  - id: typed-meanwhile\n");
}

TEST_CASE("apply_plan does not edit through a symlink") {
  TempDir tmp;
  stdfs::create_directories(tmp.path() / "site/content/measures");
  std::ofstream(tmp.path() / "target.yaml") << "measures: []\n";
  stdfs::create_symlink(tmp.path() / "target.yaml", tmp.path() / "site/content/measures/2567.yaml");
  Plan plan;
  plan.edits = {{"content/measures/2567.yaml", "measures: []\n", "measures:\n  - id: b\n", "added measure 'b'"}};
  Applied applied = apply_plan(plan, tmp.site());
  REQUIRE(applied.failure);
  CHECK(applied.failure->message == "cannot change content/measures/2567.yaml: it is not a plain file");
  CHECK(read(tmp.path() / "target.yaml") == "measures: []\n");
}

}  // namespace
}  // namespace itagen::scaffold
