// The preview server over HTTP, on a free port, against a small site in a temporary folder:
// pages under the base path, an edit served after a rebuild with a reload event, a broken
// file shown as an overlay over the last good page, and traversal attempts refused.
#include <doctest/doctest.h>
#include <httplib.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <functional>
#include <thread>

#include "server/preview.h"

namespace stdfs = std::filesystem;
using namespace std::chrono_literals;

namespace {

struct TempSite {
  stdfs::path root = stdfs::temp_directory_path() / ("itagen-serve-test-" + std::to_string(getpid()));
  TempSite() {
    stdfs::remove_all(root);
    write("content/site.yaml",
          "name: สำนักงานทดสอบ\nshort_name: สนง.ทดสอบ\nbase_url: https://www.example.go.th/ita/\n");
    write("content/scores/2566.yaml", "fiscal_year: 2566\ntotal: 90.50\n");
    write("content/pages/about.md", "---\ntitle: เกี่ยวกับเรา\n---\nfirst version\n");
  }
  ~TempSite() { stdfs::remove_all(root); }
  void write(const std::string& rel, const std::string& text) const {
    stdfs::create_directories((root / rel).parent_path());
    // Write beside and rename, as editors do, so the server never reads half a file.
    std::ofstream((root / (rel + ".tmp")).string()) << text;
    stdfs::rename(root / (rel + ".tmp"), root / rel);
  }
};

// Polls until pred holds; the bound only stops a broken server from hanging the test.
bool eventually(const std::function<bool()>& pred) {
  for (auto until = std::chrono::steady_clock::now() + 20s; std::chrono::steady_clock::now() < until;) {
    if (pred()) return true;
    std::this_thread::sleep_for(20ms);
  }
  return pred();
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// Reads /__itagen/events in the background, keeping everything received.
class EventStream {
 public:
  explicit EventStream(int port) : client_("127.0.0.1", port) {
    client_.set_read_timeout(120, 0);
    thread_ = std::thread([this] {
      client_.Get("/__itagen/events", [this](const char* data, std::size_t n) {
        std::lock_guard lock(mutex_);
        text_.append(data, n);
        return true;
      });
    });
  }
  ~EventStream() { thread_.join(); }  // ends when the server stops
  std::string text() {
    std::lock_guard lock(mutex_);
    return text_;
  }

 private:
  httplib::Client client_;
  std::thread thread_;
  std::mutex mutex_;
  std::string text_;
};

}  // namespace

TEST_CASE("serve_rebuilds_on_edit_shows_errors_over_the_last_good_site_and_refuses_traversal") {
  TempSite site;
  itagen::server::PreviewOptions options;
  options.source = site.root.string();
  options.port = 0;
  itagen::server::Preview preview(options);
  itagen::server::RebuildReport first;
  std::string error;
  REQUIRE(preview.start(nullptr, &first, &error));
  INFO(first.messages);
  REQUIRE(first.ok);
  CHECK(preview.url() == "http://127.0.0.1:" + std::to_string(preview.port()) + "/ita/");

  httplib::Client http("127.0.0.1", preview.port());
  http.set_url_encode(false);
  auto page = [&](const std::string& path) {
    auto res = http.Get(path.c_str());
    return res ? res->body : std::string("<no response>");
  };

  auto res = http.Get("/ita/about/");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(contains(res->body, "first version"));
  CHECK(contains(res->body, "<script src=\"/__itagen/live-reload.js\""));
  CHECK(res->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(res->get_header_value("X-Content-Type-Options") == "nosniff");
  CHECK(res->get_header_value("Cache-Control") == "no-store");
  CHECK(contains(page("/about/"), "first version"));
  res = http.Get("/");
  REQUIRE(res);
  CHECK(res->status == 302);
  CHECK(res->get_header_value("Location") == "/ita/");
  res = http.Get("/ita/about");
  REQUIRE(res);
  CHECK(res->status == 301);
  CHECK(res->get_header_value("Location") == "/ita/about/");
  res = http.Get("/ita/no-such-page/");
  REQUIRE(res);
  CHECK(res->status == 404);
  CHECK(contains(res->body, "<html"));
  res = http.Get("/ita/feed.xml");
  REQUIRE(res);
  CHECK(res->get_header_value("Content-Type") == "application/atom+xml");
  CHECK_FALSE(contains(res->body, "live-reload"));

  SUBCASE("edits_are_served_and_announced") {
    EventStream events(preview.port());
    REQUIRE(eventually([&] { return contains(events.text(), "event: hello"); }));
    site.write("content/pages/about.md", "---\ntitle: เกี่ยวกับเรา\n---\nsecond version\n");
    CHECK(eventually([&] { return contains(page("/ita/about/"), "second version"); }));
    CHECK(eventually([&] { return contains(events.text(), "event: reload"); }));

    site.write("content/scores/2566.yaml", "fiscal_year: 2566\ntotal: [90.50\n");
    CHECK(eventually([&] { return contains(page("/ita/about/"), "itagen-error-overlay"); }));
    std::string broken = page("/ita/about/");
    CHECK(contains(broken, "second version"));
    CHECK(contains(broken, "content/scores/2566.yaml:"));
    CHECK(eventually([&] { return contains(events.text(), "event: build-error\ndata: content/scores/2566.yaml:"); }));

    site.write("content/scores/2566.yaml", "fiscal_year: 2566\ntotal: 91.50\n");
    CHECK(eventually([&] { return !contains(page("/ita/about/"), "itagen-error-overlay"); }));
    CHECK(contains(page("/ita/ita/2566/"), "91.5"));
    preview.stop();  // ends the event stream
  }

  SUBCASE("paths_outside_the_site_are_refused") {
    for (const char* target : {"/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/ita/..%2f..%2fsite.yaml",
                               "/ita/%2e%2e/%2e%2e/content/site.yaml", "//etc/passwd", "/ita/%00", "/ita/about/%00",
                               "/ita/../../../../etc/passwd"}) {
      auto r = http.Get(target);
      REQUIRE_MESSAGE(r, target);
      CHECK_MESSAGE((r->status == 404 || r->status == 400), target);
      CHECK_MESSAGE(!contains(r->body, "root:"), target);
      CHECK_MESSAGE(!contains(r->body, "base_url:"), target);
    }
    auto long_path = "/ita/" + std::string(4000, 'a');
    auto r = http.Get(long_path.c_str());
    REQUIRE(r);
    CHECK((r->status == 404 || r->status == 414 || r->status == 400));
  }
}
