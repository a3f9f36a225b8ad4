// Output: escaping, and the atomic output folder that never leaves a half-written site.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <atomic>
#include <thread>
#include <vector>

#include "text/escape.h"
#include "output/sink.h"

namespace stdfs = std::filesystem;
using itagen::text::csv_field;
using itagen::output::DirectorySink;
using itagen::text::html_escape;

namespace {

struct TempDir {
  stdfs::path path;
  TempDir() {
    path = stdfs::temp_directory_path() / ("itagen-output-test-" + std::to_string(getpid()) + "-" + std::to_string(rand()));
    stdfs::create_directories(path);
  }
  ~TempDir() { stdfs::remove_all(path); }
};

std::string read(const stdfs::path& p) {
  std::ifstream in(p);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("html_escape_covers_quotes_for_attributes") {
  CHECK(html_escape("<a href=\"x\" title='y'>&</a>") == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
}

TEST_CASE("csv_field_quotes_separators_and_defuses_formulas") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("=HYPERLINK(1)") == "\"'=HYPERLINK(1)\"");
}

TEST_CASE("directory_sink_swaps_the_new_site_in_only_on_commit") {
  TempDir tmp;
  stdfs::path out = tmp.path / "public";
  std::string error;
  {
    auto sink = DirectorySink::open(out.string(), (tmp.path / "src").string(), &error);
    REQUIRE(sink);
    CHECK(sink->write("index.html", "first"));
    CHECK(sink->commit(&error));
  }
  CHECK(read(out / "index.html") == "first");
  {
    auto sink = DirectorySink::open(out.string(), (tmp.path / "src").string(), &error);
    REQUIRE(sink);
    CHECK(sink->write("index.html", "second"));
    CHECK(sink->write("a/b/c.html", "deep"));
    CHECK(read(out / "index.html") == "first");  // not yet
    // Destroyed without commit: a failed build.
  }
  CHECK(read(out / "index.html") == "first");
  CHECK_FALSE(stdfs::exists(out / "a"));
  int leftovers = 0;
  for (const auto& e : stdfs::directory_iterator(tmp.path)) leftovers += e.path().filename().string().find("itagen-tmp") != std::string::npos;
  CHECK(leftovers == 0);
}

TEST_CASE("directory_sink_cleans_the_temporary_folders_of_killed_builds") {
  TempDir tmp;
  stdfs::path out = tmp.path / "public";
  stdfs::create_directories(tmp.path / ".public.itagen-tmp-999999999" / "half");
  std::string error;
  auto sink = DirectorySink::open(out.string(), (tmp.path / "src").string(), &error);
  REQUIRE(sink);
  CHECK_FALSE(stdfs::exists(tmp.path / ".public.itagen-tmp-999999999"));
}

TEST_CASE("directory_sink_refuses_dangerous_output_folders") {
  TempDir tmp;
  std::string error;
  stdfs::create_directories(tmp.path / "site" / "content");
  CHECK_FALSE(DirectorySink::open("/", (tmp.path / "site").string(), &error));
  CHECK_FALSE(DirectorySink::open((tmp.path / "site").string(), (tmp.path / "site").string(), &error));
  CHECK(error.find("holds the site's own source") != std::string::npos);
  CHECK_FALSE(DirectorySink::open(tmp.path.string(), (tmp.path / "site").string(), &error));
  CHECK_FALSE(DirectorySink::open((tmp.path / "site" / "content" / "out").string(), (tmp.path / "site").string(), &error));
  stdfs::create_directories(tmp.path / "mine");
  std::ofstream(tmp.path / "mine" / "notes.txt") << "keep";
  CHECK_FALSE(DirectorySink::open((tmp.path / "mine").string(), (tmp.path / "site").string(), &error));
  CHECK(error == "'" + (tmp.path / "mine").string() + "' holds files that itagen did not write; refusing to replace them");
  CHECK(stdfs::exists(tmp.path / "mine" / "notes.txt"));
}

TEST_CASE("directory_sink_refuses_paths_that_leave_the_output") {
  TempDir tmp;
  std::string error;
  auto sink = DirectorySink::open((tmp.path / "public").string(), (tmp.path / "src").string(), &error);
  REQUIRE(sink);
  CHECK_FALSE(sink->write("../evil.html", "x"));
  CHECK_FALSE(sink->write("/etc/evil", "x"));
  CHECK_FALSE(sink->commit(&error));
  CHECK(error == "refusing to write '../evil.html' outside the output folder");
  CHECK_FALSE(stdfs::exists(tmp.path / "evil.html"));
}

// The preview keeps its search index as a recipe: made on the first read, once, whichever of the
// server's threads reads first.
TEST_CASE("a_deferred_file_is_made_on_its_first_read_and_only_once") {
  std::atomic<int> made{0};
  itagen::output::SharedMemorySink sink;
  CHECK(sink.write_deferred("search-index.json", [&made] {
    ++made;
    return std::string("{\"pages\":[]}");
  }));
  CHECK(sink.write("index.html", "<p>home</p>"));
  auto files = sink.take();
  CHECK(made == 0);
  const auto& file = *files.at("search-index.json");
  std::vector<std::thread> readers;
  for (int i = 0; i < 4; ++i) readers.emplace_back([&file] { CHECK(file.bytes() == "{\"pages\":[]}"); });
  for (auto& t : readers) t.join();
  CHECK(made == 1);
  CHECK(files.at("index.html")->bytes() == "<p>home</p>");
}

TEST_CASE("sinks_that_write_out_make_a_deferred_file_at_once") {
  int made = 0;
  itagen::output::MemorySink sink;
  CHECK(sink.write_deferred("search-index.json", [&made] {
    ++made;
    return std::string("{}");
  }));
  CHECK(made == 1);
  CHECK(sink.take().at("search-index.json") == "{}");
}
