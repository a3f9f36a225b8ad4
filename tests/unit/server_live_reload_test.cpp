// Live reload: the injected script tag, the server-rendered error overlay, the event format
// and the event hub. (The file names the watcher ignores: server_change_events_test.cpp.)
#include <doctest/doctest.h>

#include <thread>

#include "server/live_reload.h"
#include "server/rebuild.h"

using namespace itagen::server;

TEST_CASE("injects_the_script_before_the_closing_body_tag") {
  std::string html = inject_live_reload("<html><body><p>x</p></body></html>", 7, "");
  CHECK(html ==
        "<html><body><p>x</p><script src=\"/__itagen/live-reload.js\" data-generation=\"7\"></script>\n</body></html>");
  CHECK(inject_live_reload("<p>no body</p>", 1, "").find("<script") != std::string::npos);
}

TEST_CASE("renders_the_error_overlay_escaped") {
  std::string html = inject_live_reload("<body></body>", 3, "content/a.yaml:1:2: error: <script>alert(1)</script>");
  CHECK(html.find("id=\"itagen-error-overlay\"") != std::string::npos);
  CHECK(html.find("content/a.yaml:1:2: error: &lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("<script>alert") == std::string::npos);
}

TEST_CASE("the_script_sets_error_text_with_textContent_only") {
  const std::string& js = live_reload_script();
  CHECK(js.find("textContent = e.data") != std::string::npos);
  CHECK(js.find("innerHTML") == std::string::npos);
  CHECK(js.find("new EventSource('/__itagen/events')") != std::string::npos);
}

TEST_CASE("formats_multi_line_events_one_data_line_each") {
  CHECK(format_event("reload", "") == "event: reload\ndata: \n\n");
  CHECK(format_event("build-error", "a:1:2: error: x\n  1 | y\n") ==
        "event: build-error\ndata: a:1:2: error: x\ndata:   1 | y\n\n");
}

TEST_CASE("event_hub_hands_the_latest_event_to_waiting_streams") {
  EventHub hub;
  CHECK_FALSE(hub.wait_after(0, std::chrono::milliseconds(1)));
  std::thread publisher([&] { hub.publish("reload", ""); });
  auto event = hub.wait_after(0, std::chrono::seconds(10));
  publisher.join();
  REQUIRE(event);
  CHECK(event->name == "reload");
  CHECK(event->id == 1);
  CHECK_FALSE(hub.wait_after(1, std::chrono::milliseconds(1)));
  hub.close();
  CHECK_FALSE(hub.wait_after(0, std::chrono::seconds(10)));
}

TEST_CASE("watcher_ignores_the_temporary_files_of_sed_and_other_tools") {
  CHECK(is_scratch_file("sedKNgHgP"));  // sed -i
  CHECK(is_scratch_file("O05.md___jb_tmp___"));  // JetBrains
  CHECK(is_scratch_file("O05.md___jb_old___"));
  CHECK(is_scratch_file("O05.md.kate-swp"));
  CHECK(is_scratch_file(".O05.md.swo"));
  CHECK(is_scratch_file("tmpa1b2_c3d"));  // Python's tempfile
  CHECK(is_scratch_file("report.pdf.part"));  // a download still arriving
  CHECK(is_scratch_file("report.pdf.crdownload"));
  CHECK(is_scratch_file(".goutputstream-ABC123"));  // gedit
  // Content that merely looks similar stays content.
  CHECK_FALSE(is_scratch_file("sedan.md"));
  CHECK_FALSE(is_scratch_file("sed-2567.pdf"));
  CHECK_FALSE(is_scratch_file("sedation"));  // 5 letters after "sed", not 6
  CHECK_FALSE(is_scratch_file("tmp"));
  CHECK_FALSE(is_scratch_file("tmp-notes.md"));
  CHECK_FALSE(is_scratch_file("O05.md"));
}
