// Markdown rendering: GitHub flavour, safe by default.
#include <doctest/doctest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "markdown/markdown.h"
#include "markdown/parallel_render.h"

using itagen::markdown::Options;
using itagen::markdown::to_html;
using itagen::markdown::to_inline_html;

TEST_CASE("drops_raw_html_unless_the_site_opts_in") {
  CHECK(to_html("a <script>alert(1)</script> b", {}) == "<p>a <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --> b</p>\n");
  Options unsafe;
  unsafe.unsafe_html = true;
  CHECK(to_html("a <b>bold</b>", unsafe) == "<p>a <b>bold</b></p>\n");
}

TEST_CASE("refuses_javascript_and_vbscript_links") {
  CHECK(to_html("[x](javascript:alert(1))", {}) == "<p><a href=\"\">x</a></p>\n");
  CHECK(to_html("[x](VBScript:msgbox)", {}) == "<p><a href=\"\">x</a></p>\n");
  CHECK(to_html("[x](https://example.go.th/)", {}) == "<p><a href=\"https://example.go.th/\">x</a></p>\n");
}

TEST_CASE("tables_use_style_attributes_not_the_obsolete_align") {
  std::string html = to_html("|a|b|\n|:-|-:|\n|1|2|\n", {});
  CHECK(html.find("<th style=\"text-align: left\">a</th>") != std::string::npos);
  CHECK(html.find("align=") == std::string::npos);
}

TEST_CASE("autolinks_and_strikethrough_follow_github") {
  CHECK(to_html("see https://www.example.go.th", {}) ==
        "<p>see <a href=\"https://www.example.go.th\">https://www.example.go.th</a></p>\n");
  CHECK(to_html("~~old~~", {}) == "<p><del>old</del></p>\n");
}

TEST_CASE("inline_html_drops_the_single_paragraph_wrapper_only") {
  CHECK(to_inline_html("**มาตรการ** ที่ 1", {}) == "<strong>มาตรการ</strong> ที่ 1");
  CHECK(to_inline_html("one\n\ntwo", {}) == "<p>one</p>\n<p>two</p>");
}

TEST_CASE("html_in_text_is_escaped") {
  CHECK(to_html("a & b < c", {}) == "<p>a &amp; b &lt; c</p>\n");
}

TEST_CASE("strikethrough_and_autolinks_survive_parallel_parsing") {
  // cmark-gfm shares the extensions' trigger characters between parsers; pages are rendered
  // on several threads, and a build once dropped "~~" at random (two builds differed).
  const std::string source = "# หัวข้อ ~~เดิม~~ ใหม่\n\n|a|b|\n|-|-|\n|~~x~~|www.example.go.th|\n\nsee https://www.example.go.th ~~old~~\n";
  const std::string expected = to_html(source, {});
  REQUIRE(expected.find("<del>เดิม</del>") != std::string::npos);
  std::atomic<int> differing{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 2000; ++i) {
        if (to_html(source, {}) != expected) ++differing;
      }
    });
  }
  for (auto& th : threads) th.join();
  CHECK(differing == 0);
}

TEST_CASE("render_gives_the_text_a_reader_sees_from_the_same_parse") {
  itagen::markdown::Options options;
  auto page = itagen::markdown::render(
      "## หัวข้อ\n\nมาตร**การ** [ลิงก์](https://example.org) `code`\nต่อ  บรรทัด\n\n"
      "| a | b |\n|---|---|\n| x | ~~y~~ |\n\n![รูปภาพ](p.png) <b>raw</b>\n\n```\nบล็อก\n```\n",
      options);
  CHECK(page.html.find("<h2") != std::string::npos);
  CHECK(page.text == "หัวข้อ มาตรการ ลิงก์ code ต่อ บรรทัด a b x y raw บล็อก");
}

// Worker processes (markdown/parallel_render.h) give what one process gives, in order, batch by
// batch, whatever the number of workers; the sources use the extensions whose shared table
// makes threads take turns (strikethrough, autolinks, tables).
TEST_CASE("render_workers_give_what_one_process_gives") {
  std::vector<std::string> texts;
  for (int i = 0; i < 300; ++i) {
    texts.push_back("## หัวข้อ " + std::to_string(i) + "\n\n~~เก่า~~ ใหม่ www.example.org/" + std::to_string(i) +
                    " https://x.test\n\n| a | b |\n|---|---|\n| " + std::to_string(i) + " | ~~y~~ |\n");
  }
  texts.push_back("");
  std::vector<std::string_view> sources(texts.begin(), texts.end());
  itagen::markdown::Options options;
  for (unsigned workers : {1u, 2u, 3u, 500u}) {
    CAPTURE(workers);
    itagen::markdown::RenderWorkers rendering(sources, options, workers);
    std::size_t at = 0;
    for (std::size_t batch : {0u, 1u, 64u, 100u, 1000u}) {
      auto got = rendering.take(at, at + batch);
      REQUIRE(got.size() == std::min(batch, sources.size() - at));
      for (std::size_t i = 0; i < got.size(); ++i) {
        auto expected = itagen::markdown::render(sources[at + i], options);
        CHECK(got[i].html == expected.html);
        CHECK(got[i].text == expected.text);
      }
      at += got.size();
    }
    CHECK(at == sources.size());
  }
}
