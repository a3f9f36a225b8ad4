// Whole-site tests of hostile content (tests/sites/xss/): script, event handlers, attribute-
// breaking quotes and script-scheme links in every field end up as text, never as markup;
// script-scheme URLs in YAML link fields are refused. tests/browser/xss.mjs opens the same
// site in Chromium.
#include <doctest/doctest.h>

#include <cctype>
#include <nlohmann/json.hpp>

#include "site_test_support.h"

using itagen::testing::build_files;
using itagen::testing::BuiltSite;
using itagen::testing::read_fixture;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

bool is_html(const std::string& path) { return path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0; }

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Character references a browser decodes in attribute values, enough to spell "javascript:".
std::string decode_references(const std::string& value) {
  std::string out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '&' && i + 2 < value.size() && value[i + 1] == '#') {
      std::size_t end = value.find(';', i);
      std::size_t digits = i + 2;
      bool hex = value[digits] == 'x' || value[digits] == 'X';
      if (hex) ++digits;
      try {
        std::size_t stop = end == std::string::npos ? value.size() : end;
        int code = std::stoi(value.substr(digits, stop - digits), nullptr, hex ? 16 : 10);
        if (code > 0 && code < 128) {
          out += static_cast<char>(code);
          i = end == std::string::npos ? stop - 1 : end;
          continue;
        }
      } catch (...) {
      }
    }
    if (value.compare(i, 7, "&colon;") == 0) {
      out += ':';
      i += 6;
      continue;
    }
    out += value[i];
  }
  return out;
}

bool is_script_url(const std::string& raw) {
  std::string url;
  for (char c : lower(decode_references(raw))) {
    if (static_cast<unsigned char>(c) <= 0x20 && (url.empty() || c == '\t' || c == '\n' || c == '\r')) continue;
    url += c;
  }
  return url.rfind("javascript:", 0) == 0 || url.rfind("vbscript:", 0) == 0 || url.rfind("data:", 0) == 0;
}

// Reads the tags of an HTML page the way a browser tokenizes them (quoted and unquoted
// attribute values) and lists everything that could run script: inline event handlers,
// script-scheme URLs, <script> elements other than the theme's own, frames and objects.
std::vector<std::string> script_capable_markup(const std::string& html) {
  std::vector<std::string> found;
  std::size_t i = 0;
  while ((i = html.find('<', i)) != std::string::npos) {
    ++i;
    if (html.compare(i, 3, "!--") == 0) {
      i = html.find("-->", i);
      if (i == std::string::npos) break;
      continue;
    }
    std::size_t name_start = i;
    while (i < html.size() && (std::isalnum(static_cast<unsigned char>(html[i])) || html[i] == '-')) ++i;
    if (i == name_start) continue;
    std::string tag = lower(html.substr(name_start, i - name_start));
    std::map<std::string, std::string> attrs;
    while (i < html.size() && html[i] != '>') {
      while (i < html.size() && (std::isspace(static_cast<unsigned char>(html[i])) || html[i] == '/')) ++i;
      std::size_t a = i;
      while (i < html.size() && !std::isspace(static_cast<unsigned char>(html[i])) && html[i] != '=' && html[i] != '>' &&
             html[i] != '/') {
        ++i;
      }
      std::string name = lower(html.substr(a, i - a));
      std::string value;
      if (i < html.size() && html[i] == '=') {
        ++i;
        if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
          char quote = html[i++];
          std::size_t end = html.find(quote, i);
          if (end == std::string::npos) end = html.size();
          value = html.substr(i, end - i);
          i = end + 1;
        } else {
          std::size_t v = i;
          while (i < html.size() && !std::isspace(static_cast<unsigned char>(html[i])) && html[i] != '>') ++i;
          value = html.substr(v, i - v);
        }
      }
      if (!name.empty()) attrs[name] = value;
    }
    for (const auto& [name, value] : attrs) {
      if (name.rfind("on", 0) == 0) found.push_back("<" + tag + " " + name + "=...>");
      if ((name == "href" || name == "src" || name == "action" || name == "formaction" || name == "xlink:href" ||
           name == "data") &&
          is_script_url(value)) {
        found.push_back("<" + tag + " " + name + "=\"" + value + "\">");
      }
      if (name == "srcdoc") found.push_back("<" + tag + " srcdoc>");
    }
    if (tag == "script" && attrs["src"] != "/ita/assets/search.js") found.push_back("<script> without the theme's src");
    if (tag == "iframe" || tag == "frame" || tag == "object" || tag == "embed" || tag == "base" || tag == "style") {
      found.push_back("<" + tag + ">");
    }
  }
  return found;
}

BuiltSite build_xss(bool unsafe_html) {
  auto files = read_fixture("xss");
  if (unsafe_html) {
    auto& config = files["content/site.yaml"];
    config.replace(config.find("unsafe_html: false"), 18, "unsafe_html: true");
  }
  return build_files(files);
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += s + "\n";
  return out;
}

}  // namespace

TEST_CASE("the_xss_fixture_builds_clean") {
  auto site = build_xss(false);
  INFO(site.messages);
  REQUIRE(site.ok);
  CHECK(site.diags.error_count() == 0);
  CHECK(site.diags.warning_count() == 0);
}

TEST_CASE("no_page_of_the_xss_fixture_holds_script_capable_markup") {
  auto site = build_xss(false);
  REQUIRE(site.ok);
  int pages = 0;
  for (const auto& [path, text] : site.files) {
    if (!is_html(path)) continue;
    ++pages;
    auto found = script_capable_markup(text);
    CHECK_MESSAGE(found.empty(), (path + ":\n" + join(found)));
    CHECK_FALSE_MESSAGE(contains(text, "</script><script>"), path);
    CHECK_FALSE_MESSAGE(contains(text, "xss-evil-svg-marker"), path);  // the static SVG is never inlined
  }
  CHECK(pages > 50);
}

TEST_CASE("the_checker_finds_what_it_looks_for") {
  // The checker above must not pass by reading nothing.
  CHECK(script_capable_markup("<p><img src=x onerror=alert(1)></p>").size() == 1);
  CHECK(script_capable_markup("<a href=\"jav&#x61;script:alert(1)\">x</a>").size() == 1);
  CHECK(script_capable_markup("<a href=' JaVaScRiPt:alert(1)'>x</a>").size() == 1);
  CHECK(script_capable_markup("<svg/onload=alert(1)>").size() == 1);
  CHECK(script_capable_markup("<script>alert(1)</script>").size() == 1);
  CHECK(script_capable_markup("<a href=\"https://x/?a=&quot; onmouseover=&quot;alert(1)\">x</a>").empty());
  CHECK(script_capable_markup("<p>&lt;img src=x onerror=alert(1)&gt;</p>").empty());
}

TEST_CASE("hostile_text_is_shown_as_text") {
  auto site = build_xss(false);
  REQUIRE(site.ok);
  const auto& home = site.file("index.html");
  // The office name in the title and the header: escaped, quotes included.
  CHECK(contains(home, "<title>"));
  CHECK(contains(home, "&lt;script&gt;alert(&apos;name&apos;)&lt;/script&gt; &quot; onmouseover=&quot;alert(1)"));
  CHECK(contains(home, "&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;"));
  // Link fields keep their text inside the quoted attribute.
  CHECK(contains(home, "href=\"https://www.example.go.th/complaint/?a=&quot; onmouseover=&quot;alert(1)\""));
  // A tel: link holds only the digits; the rest of a hostile phone text is text.
  CHECK(contains(home, "<a href=\"tel:034000000\">0-3400-0000</a>&quot; onclick=&quot;alert(1)</p>"));
  CHECK(contains(home, "<a href=\"tel:034000001\">0-3400-0001</a>&apos;&gt;&lt;img src=x onerror=alert(1)&gt;</li>"));
  // A LINE text that is not an ID is not made a link.
  CHECK(contains(home, "<p>LINE @ita&lt;script&gt;alert(1)&lt;/script&gt;</p>"));
  // Markdown: raw HTML dropped, script links emptied, code shown as code.
  const auto& item = site.file("oit/2567/o01/index.html");
  CHECK(contains(item, "<!-- raw HTML omitted -->"));
  CHECK(contains(item, "<code class=\"language-html\">&lt;script&gt;alert('in code')&lt;/script&gt;"));
  CHECK(contains(item, "<a href=\"\">js</a>"));
  CHECK(contains(item, "<a href=\"\">JS mixed case</a>"));
  CHECK(contains(item, "<a href=\"\">entity</a>"));
  CHECK(contains(item, "<a href=\"\">vb</a>"));
  CHECK(contains(item, "<a href=\"\">data</a>"));
  CHECK(contains(item, "ภาษาไทย"));
  // A character reference in an evidence URL stays text: the & is escaped, nothing decodes it.
  CHECK(contains(item, "href=\"https://www.example.go.th/jav&amp;#x61;script:alert(1)\""));
  // The SVG with a script is linked as a file.
  CHECK(contains(item, "href=\"/ita/files/evil.svg\""));
}

TEST_CASE("mustache_looking_content_is_not_expanded") {
  auto site = build_xss(false);
  REQUIRE(site.ok);
  CHECK(contains(site.file("about/contact/index.html"), "{{site.name}} {{{content}}}"));
  CHECK(contains(site.file("measures/2567/communication/index.html"), "{{{content}}} {{&gt; layout}} {{site.name}}"));
  CHECK(contains(site.file("index.html"), "{{site.name}}"));
}

TEST_CASE("machine_readable_files_keep_hostile_text_as_data") {
  auto site = build_xss(false);
  REQUIRE(site.ok);
  auto index = nlohmann::json::parse(site.file("search-index.json"), nullptr, false);
  REQUIRE_FALSE(index.is_discarded());
  CHECK(contains(index.dump(), "<script>alert('page-title')</script>"));  // text, escaped by the page's search.js
  CHECK_FALSE(nlohmann::json::parse(site.file("data/ita.json"), nullptr, false).is_discarded());
  const auto& feed = site.file("feed.xml");
  CHECK_FALSE(contains(feed, "<script"));
  CHECK_FALSE(contains(feed, "<img"));
}

TEST_CASE("unsafe_html_lets_raw_html_through_markdown_files_but_never_yaml_fields") {
  auto site = build_xss(true);
  INFO(site.messages);
  REQUIRE(site.ok);
  // A Markdown file's body: the site asked for raw HTML.
  const auto& page = site.file("about/contact/index.html");
  CHECK(contains(page, "<div onmouseover=\"alert(1)\" style=\"padding:2em\">hover me</div>"));
  CHECK(contains(site.file("oit/2567/o01/index.html"), "<img src=x onerror=alert(1)>"));
  // YAML fields rendered as Markdown (steps, issues, analysis, limitations, report results,
  // committee agenda, No Gift texts): still dropped and neutralised.
  for (const char* path :
       {"measures/2567/index.html", "measures/2567/transparent-budget/index.html",
        "measures/2567/communication/index.html", "reports/2567/6m/index.html", "committee/2567/index.html",
        "ita/2566/index.html"}) {
    auto found = script_capable_markup(site.file(path));
    CHECK_MESSAGE(found.empty(), (std::string(path) + ":\n" + join(found)));
  }
  const auto& measure = site.file("measures/2567/transparent-budget/index.html");
  CHECK(contains(measure, "ขั้นที่ 1 <!-- raw HTML omitted -->"));
  CHECK(contains(measure, "<a href=\"\">vb</a>"));
  // The No Gift page mixes both: its Markdown body passes, its YAML texts do not.
  const auto& no_gift = site.file("no-gift/2567/index.html");
  CHECK(contains(no_gift, "ประกาศนโยบาย &lt;script>alert('ng-body')&lt;/script> <img src=x onerror=alert(1)>"));
  CHECK(contains(no_gift, "เผยแพร่ <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted -->"));
  CHECK(contains(no_gift, "ไม่มี <!-- raw HTML omitted -->"));
}

TEST_CASE("script_scheme_urls_in_yaml_link_fields_are_refused") {
  struct Case {
    std::string file, from, to, message;
  };
  const std::vector<Case> cases = {
      {"content/oit/2567/O01.md", "url: \"https://www.example.go.th/jav&#x61;script:alert(1)\"", "url: \"javascript:alert(1)\"",
       "content/oit/2567/O01.md:9:28: error: unsafe link 'javascript:alert(1)'"},
      {"content/oit/2567/O01.md", "url: \"https://www.example.go.th/jav&#x61;script:alert(1)\"", "url: \"JaVaScRiPt:alert(1)\"",
       "error: unsafe link 'JaVaScRiPt:alert(1)'"},
      {"content/oit/2567/O01.md", "url: \"https://www.example.go.th/jav&#x61;script:alert(1)\"", "url: \" \\tjava\\nscript:alert(1)\"",
       "error: unsafe link ' \tjava\nscript:alert(1)'"},
      {"content/oit/2567/O01.md", "url: \"https://www.example.go.th/jav&#x61;script:alert(1)\"", "url: \"vbscript:msgbox(1)\"",
       "error: unsafe link 'vbscript:msgbox(1)'"},
      {"content/oit/2567/O01.md", "url: \"https://www.example.go.th/jav&#x61;script:alert(1)\"",
       "url: \"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"",
       "error: unsafe link 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='"},
      {"content/site.yaml", "url: \"https://www.example.go.th/complaint/?a=\\\" onmouseover=\\\"alert(1)\"",
       "url: \"javascript:alert(document.cookie)\"", "error: unsafe link 'javascript:alert(document.cookie)'"},
      {"content/site.yaml", "website: \"https://www.example.go.th/?q=\\\"><script>alert(1)</script>\"",
       "website: \"DATA:text/html,<script>alert(1)</script>\"",
       "error: unsafe link 'DATA:text/html,<script>alert(1)</script>'"},
      {"content/site.yaml", "facebook: \"https://www.facebook.com/x' onmouseover='alert(1)\"",
       "facebook: \"javascript:alert(1)\"", "error: unsafe link 'javascript:alert(1)'"},
      {"content/no-gift/2567.yaml", "url: \"https://www.example.go.th/news/1?\\\"><script>alert(1)</script>\"",
       "url: \"javascript:alert(1)\"", "error: unsafe link 'javascript:alert(1)'"},
      {"content/reports/2567/6m.yaml", "page: oit/2567/o01}", "url: \"vbscript:msgbox(1)\"}",
       "error: unsafe link 'vbscript:msgbox(1)'"},
  };
  for (const auto& c : cases) {
    auto files = read_fixture("xss");
    auto& text = files[c.file];
    auto at = text.find(c.from);
    REQUIRE_MESSAGE(at != std::string::npos, (c.file + ": " + c.from));
    text.replace(at, c.from.size(), c.to);
    auto site = build_files(files);
    INFO(c.file, " ", c.to, "\n", site.messages);
    CHECK_FALSE(site.ok);
    CHECK(contains(site.messages, c.message));
    CHECK(contains(site.messages, "hint: use an https:// link"));
    CHECK(site.files.empty());
  }
}

TEST_CASE("a_script_url_spelled_with_a_character_reference_is_refused_as_an_address_without_scheme") {
  auto files = read_fixture("xss");
  auto& text = files["content/oit/2567/O01.md"];
  const std::string from = "url: \"https://www.example.go.th/jav&#x61;script:alert(1)\"";
  text.replace(text.find(from), from.size(), "url: \"jav&#x61;script:alert(1)\"");
  auto site = build_files(files);
  CHECK_FALSE(site.ok);
  CHECK(contains(site.messages,
                 "content/oit/2567/O01.md:9:28: error: web address 'jav&#x61;script:alert(1)' has no http:// or https://"));
  CHECK(site.files.empty());
}
