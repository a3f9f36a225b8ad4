// Site file systems: path normalisation, in-memory and real, and the site's boundary.
#include "fs/file_system.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace itagen::fs {
namespace {
namespace stdfs = std::filesystem;

void write_file(const stdfs::path& path, const std::string& content) {
  stdfs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

// A fresh folder holding site/ and, beside it, outside.txt; removed at the end of the test.
class TempSite {
 public:
  TempSite() {
    base_ = stdfs::temp_directory_path() / ("itagen_fs_test_" + std::to_string(::getpid()));
    stdfs::remove_all(base_);
    stdfs::create_directories(site());
    write_file(base_ / "outside.txt", "secret");
  }
  ~TempSite() {
    std::error_code ec;
    stdfs::remove_all(base_, ec);
  }
  stdfs::path site() const { return base_ / "site"; }
  stdfs::path outside() const { return base_ / "outside.txt"; }

 private:
  stdfs::path base_;
};

}  // namespace

TEST_CASE("normalize_relative_rejects_paths_that_leave_the_root") {
  CHECK_FALSE(normalize_relative("../x"));
  CHECK_FALSE(normalize_relative("/etc/passwd"));
  CHECK_FALSE(normalize_relative("a/../../b"));
  CHECK_FALSE(normalize_relative(""));
  CHECK_FALSE(normalize_relative("."));
  CHECK_FALSE(normalize_relative("a/.."));
  CHECK_FALSE(normalize_relative("a\\b"));
  CHECK_FALSE(normalize_relative(std::string("a\0b", 3)));
}

TEST_CASE("normalize_relative_resolves_dots_and_double_slashes") {
  CHECK(normalize_relative("a/./b/../c") == "a/c");
  CHECK(normalize_relative("content//site.yaml") == "content/site.yaml");
  CHECK(normalize_relative("./content/") == "content");
  CHECK(normalize_relative("a/b/../../c") == "c");
}

TEST_CASE("join_puts_exactly_one_slash") {
  CHECK(join("content", "site.yaml") == "content/site.yaml");
  CHECK(join("content/", "site.yaml") == "content/site.yaml");
  CHECK(join("", "site.yaml") == "site.yaml");
  CHECK(join(".", "site.yaml") == "site.yaml");
  CHECK(join("content", "") == "content");
}

TEST_CASE("memory_file_system_reads_lists_and_knows_folders") {
  MemoryFileSystem files({{"content/site.yaml", "name: x"},
                          {"content/scores/2566.yaml", "total: 96.77"},
                          {"content/scores/2565.yaml", "total: 96.94"},
                          {"contents.txt", ""}});
  CHECK(files.read("content/site.yaml") == "name: x");
  CHECK(files.read("content/./scores/../site.yaml") == "name: x");
  CHECK_FALSE(files.read("content/missing.yaml"));
  CHECK_FALSE(files.read("../content/site.yaml"));
  CHECK(files.is_file("content/site.yaml"));
  CHECK_FALSE(files.is_file("content"));
  CHECK(files.is_dir("content"));
  CHECK(files.is_dir("content/scores"));
  CHECK(files.is_dir(""));
  CHECK(files.is_dir("."));
  CHECK_FALSE(files.is_dir("content/site.yaml"));
  CHECK_FALSE(files.is_dir("cont"));
  CHECK(files.list_files("content/scores") ==
        std::vector<std::string>{"content/scores/2565.yaml", "content/scores/2566.yaml"});
  CHECK(files.list_files("content/scores/") ==
        std::vector<std::string>{"content/scores/2565.yaml", "content/scores/2566.yaml"});
  CHECK(files.list_files("content") == std::vector<std::string>{"content/scores/2565.yaml",
                                                                 "content/scores/2566.yaml", "content/site.yaml"});
  CHECK(files.list_files("").size() == 4);
  CHECK(files.list_files("nothing").empty());
  CHECK(files.describe() == "<memory>");
}

TEST_CASE("memory_file_system_add_replaces") {
  MemoryFileSystem files;
  files.add("a.txt", "1");
  files.add("a.txt", "2");
  CHECK(files.read("a.txt") == "2");
}

TEST_CASE("real_file_system_reads_files_inside_the_site") {
  TempSite temp;
  write_file(temp.site() / "content" / "site.yaml", "name: x\n");
  write_file(temp.site() / "content" / "scores" / "2566.yaml", "total: 96.77\n");
  RealFileSystem files(temp.site().string());

  CHECK(files.read("content/site.yaml") == "name: x\n");
  CHECK(files.read("content/scores/../site.yaml") == "name: x\n");
  CHECK(files.is_file("content/site.yaml"));
  CHECK_FALSE(files.is_file("content"));
  CHECK(files.is_dir("content"));
  CHECK(files.is_dir(""));
  CHECK_FALSE(files.is_dir("missing"));
  CHECK_FALSE(files.read("content"));
  CHECK_FALSE(files.read("missing.yaml"));
  CHECK_FALSE(files.read("../outside.txt"));
  CHECK(files.list_files("content") ==
        std::vector<std::string>{"content/scores/2566.yaml", "content/site.yaml"});
  CHECK(files.describe() == temp.site().string());
}

TEST_CASE("real_file_system_refuses_a_symlink_pointing_outside_its_root") {
  TempSite temp;
  write_file(temp.site() / "content" / "site.yaml", "name: x\n");
  stdfs::create_symlink(temp.outside(), temp.site() / "content" / "leak.txt");
  stdfs::create_directory_symlink(temp.site().parent_path(), temp.site() / "up");
  RealFileSystem files(temp.site().string());

  CHECK_FALSE(files.read("content/leak.txt"));
  CHECK_FALSE(files.is_file("content/leak.txt"));
  CHECK_FALSE(files.read("up/outside.txt"));
  CHECK_FALSE(files.is_dir("up"));
  CHECK(files.list_files("content") == std::vector<std::string>{"content/site.yaml"});
  CHECK(files.list_files("") == std::vector<std::string>{"content/site.yaml"});
}

TEST_CASE("real_file_system_lists_a_symlink_inside_the_site_under_its_own_name") {
  TempSite temp;
  write_file(temp.site() / "content" / "a.md", "a");
  stdfs::create_symlink(temp.site() / "content" / "a.md", temp.site() / "content" / "b.md");
  RealFileSystem files(temp.site().string() + "/");

  CHECK(files.read("content/b.md") == "a");
  CHECK(files.list_files("content") == std::vector<std::string>{"content/a.md", "content/b.md"});
  CHECK(files.list_files(".") == std::vector<std::string>{"content/a.md", "content/b.md"});
}

}  // namespace itagen::fs
