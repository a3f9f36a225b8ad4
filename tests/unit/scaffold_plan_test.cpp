// Planning scaffolds on in-memory sites: which files, what they hold, and that the result loads
// and passes `check` with no errors.
#include "scaffold/scaffold.h"

#include <doctest/doctest.h>

#include <functional>
#include <map>

#include "pipeline/pipeline.h"
#include "content/parsers.h"
#include "diag/printer.h"
#include "output/sink.h"
#include "scaffold/site_facts.h"
#include "scaffold/yaml_skeletons.h"

namespace itagen::scaffold {
namespace {

constexpr thai::Date kToday{2024, 5, 8};  // fiscal year 2567

const char* const kScores2566 =
    "fiscal_year: 2566\n"
    "total: 96.77\n"
    "indicators: {1: 97.75, 2: 90.76, 3: 96.22, 4: 94.06, 5: 93.87, 6: 95.78, 7: 94.07, 8: 94.30, 9: 100, 10: 100}\n";

// A site in memory; run() plans a scaffold against it and adds the planned files that do not
// exist yet, as apply_plan() would on disk.
struct MemorySite {
  std::map<std::string, std::string> files;
  thai::Date today = kToday;

  MemorySite() { files["content/site.yaml"] = site_yaml(); }

  Plan run(const std::function<Plan(const Context&)>& scaffold) {
    fs::MemoryFileSystem mem(files);
    Context ctx{mem, today};
    Plan plan = scaffold(ctx);
    for (const auto& f : plan.files) files.emplace(f.path, f.text);
    for (const auto& e : plan.edits) {
      if (files[e.path] == e.before) files[e.path] = e.after;
    }
    return plan;
  }

  void set_target(const std::string& target) {
    auto& text = files["content/site.yaml"];
    text.replace(text.find("target: 85"), 10, "target: " + target);
  }
};

struct Checked {
  bool ok = false;
  std::size_t errors = 0;
  std::string messages;
};

Checked build_site(const std::map<std::string, std::string>& files) {
  fs::MemoryFileSystem mem(files);
  output::MemorySink out;
  diag::DiagnosticSink sink;
  Checked c;
  c.ok = pipeline::run(mem, &out, pipeline::Options{}, sink).ok;
  c.errors = sink.error_count();
  for (const auto& d : sink.diagnostics()) {
    c.messages += diag::format_diagnostic(d, [&mem](const std::string& p) { return mem.read(p); });
  }
  return c;
}

std::vector<std::string> paths_of(const Plan& plan) {
  std::vector<std::string> paths;
  for (const auto& f : plan.files) paths.push_back(f.path);
  return paths;
}

const std::string& text_of(const Plan& plan, const std::string& path) {
  for (const auto& f : plan.files) {
    if (f.path == path) return f.text;
  }
  static const std::string kNone = "<not planned>";
  return kNone;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_CASE("init plans site.yaml and the folders of the current fiscal year") {
  MemorySite site;
  site.files.clear();
  Plan plan = site.run(plan_init);
  REQUIRE_FALSE(plan.failure);
  CHECK(paths_of(plan) == std::vector<std::string>{"content/site.yaml"});
  CHECK(plan.dirs == std::vector<std::string>{"content/oit/2567", "content/measures", "content/reports/2567",
                                              "content/no-gift", "content/committee", "content/scores",
                                              "content/pages", "content/static/files"});
}

TEST_CASE("init takes the fiscal year from the clock: October starts the next one") {
  MemorySite site;
  site.files.clear();
  site.today = {2024, 10, 1};
  Plan plan = site.run(plan_init);
  CHECK(plan.dirs.front() == "content/oit/2568");
}

TEST_CASE("init site.yaml sets every setting and passes check without a warning") {
  MemorySite site;
  site.files.clear();
  site.run(plan_init);
  const std::string& yaml = site.files["content/site.yaml"];
  for (const char* key : {"\nname:", "\nshort_name:", "\nname_en:", "\nbase_url:", "\nnumerals:", "\ntarget:",
                          "\ntheme:", "\nunsafe_html:", "\ncontact:", "\ncomplaint_channels:"}) {
    CHECK_MESSAGE(contains(yaml, key), key);
  }
  Checked c = build_site(site.files);
  CHECK(c.ok);
  CHECK(c.messages == "");
}

TEST_CASE("new oit writes the item with no evidence and the catalog's requirements as comments") {
  MemorySite site;
  Plan plan = site.run([](const Context& c) { return plan_new_oit(c, "O5", ""); });
  REQUIRE_FALSE(plan.failure);
  CHECK(paths_of(plan) == std::vector<std::string>{"content/oit/2567/O05.md"});
  const std::string& text = text_of(plan, "content/oit/2567/O05.md");
  CHECK(text.starts_with("---\n# O5 ข้อมูลการติดต่อ\n# ตัวชี้วัดย่อย 9.1 ข้อมูลพื้นฐาน, เกณฑ์ปี 2566 (ใช้ชั่วคราว / provisional)\n"));
  CHECK(contains(text, "#   - ข้อมูลหรือการดำเนินการในปีงบประมาณที่ประเมิน\n"));
  CHECK(contains(text, "\nitem: O5\n"));
  CHECK(contains(text, "\nupdated: 2567-05-08 "));
  CHECK(contains(text, "\nresponsible: \"\" "));
  CHECK(contains(text, "\nevidence: []\n---\n## ข้อมูลการติดต่อ\n"));
  CHECK(plan.notes.size() == 1);

  diag::DiagnosticSink sink;
  auto item = content::parse_oit_item(text, "content/oit/2567/O05.md", 2567, sink);
  REQUIRE(item);
  CHECK(sink.diagnostics().empty());
  CHECK(item->item == "O5");
  CHECK(item->evidence.empty());
  CHECK(item->responsible == "");
}

TEST_CASE("new oit accepts o5 and O05 and honours --year") {
  MemorySite site;
  Plan plan = site.run([](const Context& c) { return plan_new_oit(c, "o05", "2568"); });
  CHECK(paths_of(plan) == std::vector<std::string>{"content/oit/2568/O05.md"});
  // Filed ahead of its year, an item is dated the year's first day so it does not read as stale.
  CHECK(contains(text_of(plan, "content/oit/2568/O05.md"), "\nupdated: 2567-10-01 "));
}

TEST_CASE("new oit without --year works on the latest year the site has content for, not the calendar's") {
  MemorySite site;
  site.files["content/oit/2567/O01.md"] = "---\nitem: O1\nupdated: 2567-01-10\nevidence: []\n---\n";
  site.today = {2026, 11, 1};  // fiscal year 2570
  Plan plan = site.run([](const Context& c) { return plan_new_oit(c, "O5", ""); });
  REQUIRE_FALSE(plan.failure);
  CHECK(paths_of(plan) == std::vector<std::string>{"content/oit/2567/O05.md"});
  CHECK(contains(text_of(plan, "content/oit/2567/O05.md"), "\nupdated: 2567-09-30 "));
  CHECK(plan.notes.back() == "fiscal year 2567, the latest the site has content for (today is in 2570); --year chooses another");

  // Any content of a later year counts: scores, measures, reports, no-gift, committee.
  site.files["content/committee/2568.yaml"] = "fiscal_year: 2568\n";
  Plan later = site.run([](const Context& c) { return plan_new_oit(c, "O6", ""); });
  CHECK(paths_of(later) == std::vector<std::string>{"content/oit/2568/O06.md"});
  // --year still chooses.
  Plan chosen = site.run([](const Context& c) { return plan_new_oit(c, "O6", "2570"); });
  CHECK(paths_of(chosen) == std::vector<std::string>{"content/oit/2570/O06.md"});
  CHECK(chosen.notes.size() == 1);  // the provisional catalog, not the year
}

TEST_CASE("new measure and new report without --year use the latest year with content too") {
  MemorySite site;
  site.files["content/reports/2567/6m.yaml"] = "fiscal_year: 2567\nround: 6m\nmeasures: []\n";
  site.today = {2026, 11, 1};
  Plan measure = site.run([](const Context& c) { return plan_new_measure(c, "first", ""); });
  CHECK(paths_of(measure) == std::vector<std::string>{"content/measures/2567.yaml"});
  Plan report = site.run([](const Context& c) { return plan_new_report(c, "12m", ""); });
  CHECK(paths_of(report) == std::vector<std::string>{"content/reports/2567/12m.yaml"});
}

TEST_CASE("in a site with no content yet, new oit uses the fiscal year of today, with no note about it") {
  MemorySite site;
  site.today = {2026, 11, 1};
  Plan plan = site.run([](const Context& c) { return plan_new_oit(c, "O5", ""); });
  CHECK(paths_of(plan) == std::vector<std::string>{"content/oit/2570/O05.md"});
  for (const auto& note : plan.notes) CHECK_FALSE(contains(note, "latest the site has content for"));
}

TEST_CASE("new oit rejects an unknown item and names the catalog's range") {
  MemorySite site;
  Plan plan = site.run([](const Context& c) { return plan_new_oit(c, "O99", ""); });
  REQUIRE(plan.failure);
  CHECK(plan.failure->message == "unknown OIT item 'O99' for fiscal year 2567");
  CHECK(plan.failure->hint == "the 2566 catalog has items O1 to O43");
  CHECK(plan.files.empty());
}

TEST_CASE("new oit uses the site's own catalog for the year") {
  MemorySite site;
  site.files["content/criteria/2567.yaml"] =
      "fiscal_year: 2567\n"
      "items:\n"
      "  - {code: O1, sub_indicator: \"9.1\", title: โครงสร้างหน่วยงาน, requires: [แผนภูมิ]}\n"
      "  - {code: O3, sub_indicator: \"9.1\", title: อำนาจหน้าที่}\n";
  Plan plan = site.run([](const Context& c) { return plan_new_oit(c, "O1", ""); });
  const std::string& text = text_of(plan, "content/oit/2567/O01.md");
  CHECK(text.starts_with("---\n# O1 โครงสร้างหน่วยงาน\n# ตัวชี้วัดย่อย 9.1 ข้อมูลพื้นฐาน, เกณฑ์ปี 2567\n"));
  CHECK(contains(text, "#   - แผนภูมิ\n"));
  CHECK(plan.notes.empty());

  Plan gap = site.run([](const Context& c) { return plan_new_oit(c, "O2", ""); });
  REQUIRE(gap.failure);
  CHECK(gap.failure->hint == "the 2567 catalog has items O1 to O3; did you mean 'O1'?");
}

TEST_CASE("new oit leaves an item another file already holds") {
  MemorySite site;
  site.files["content/oit/2567/contact.md"] = "---\nitem: O5\nupdated: 2567-01-01\nevidence: []\n---\n";
  Plan plan = site.run([](const Context& c) { return plan_new_oit(c, "O5", ""); });
  CHECK(plan.files.empty());
  REQUIRE(plan.kept.size() == 1);
  CHECK(plan.kept[0].path == "content/oit/2567/contact.md");
  CHECK(plan.kept[0].why == "it holds item O5");
}

TEST_CASE("new commands need a site") {
  MemorySite site;
  site.files.clear();
  Plan plan = site.run([](const Context& c) { return plan_new_page(c, "about", ""); });
  REQUIRE(plan.failure);
  CHECK(plan.failure->message == "no content/site.yaml in <memory>");
  CHECK(plan.failure->hint == "run 'itagen init DIR' to start a site, or pass --source with the site's folder");
}

TEST_CASE("new measure creates a measures file that loads with that measure") {
  MemorySite site;
  Plan plan = site.run([](const Context& c) { return plan_new_measure(c, "transparent-personnel", ""); });
  REQUIRE_FALSE(plan.failure);
  const std::string& text = text_of(plan, "content/measures/2567.yaml");
  diag::DiagnosticSink sink;
  auto record = content::parse_measures(text, "content/measures/2567.yaml", sink);
  REQUIRE(record);
  CHECK(sink.diagnostics().empty());
  CHECK(record->fiscal_year == 2567);
  CHECK(record->based_on == 2566);
  REQUIRE(record->measures.size() == 1);
  CHECK(record->measures[0].id == "transparent-personnel");
  CHECK(record->measures[0].period_start == thai::Date{2023, 10, 1});
  CHECK(record->measures[0].period_end == thai::Date{2024, 9, 30});
  CHECK(plan.notes == std::vector<std::string>{
                          "no results before 2567 in content/scores/, so based_on is 2566 and the analysis is empty"});
}

TEST_CASE("new measure adds to the measures file that new year wrote") {
  MemorySite site;
  site.run([](const Context& c) { return plan_new_year(c, "2567"); });
  const std::string before = site.files["content/measures/2567.yaml"];
  REQUIRE(contains(before, "\nmeasures: []\n"));
  Plan plan = site.run([](const Context& c) { return plan_new_measure(c, "first", ""); });
  REQUIRE_FALSE(plan.failure);
  CHECK(plan.files.empty());
  REQUIRE(plan.edits.size() == 1);
  CHECK(plan.edits[0].path == "content/measures/2567.yaml");
  CHECK(plan.edits[0].before == before);
  CHECK(plan.edits[0].what == "added measure 'first'");
  // Everything above the list is kept byte for byte; [] becomes the entry.
  const std::string& after = site.files["content/measures/2567.yaml"];
  const std::size_t list = before.find("measures: []\n");
  CHECK(after.substr(0, list) == before.substr(0, list));
  CHECK(after.substr(list) == "measures:\n" + measure_entry("first", 2567, 1));
}

TEST_CASE("new measure appends at the end of the list, keeping comments and order") {
  MemorySite site;
  site.files["content/measures/2567.yaml"] =
      "# มาตรการของสำนักงาน / the office's measures\n"
      "fiscal_year: 2567\n"
      "based_on: 2566\n"
      "measures:\n"
      "  # มาตรการแรก\n"
      "  - id: zeta   # comes first on purpose\n"
      "    title: ก\n"
      "    kind: urgent\n"
      "    indicators: [1]\n"
      "    issue: ข\n"
      "    steps: [ค]\n"
      "    responsible: [{group: ง}]\n"
      "    period: {start: 2566-10-01, end: 2567-09-30}\n"
      "\n"
      "  - id: alpha\n"
      "    title: จ\n"
      "    kind: improve\n"
      "    indicators: [2]\n"
      "    issue: ฉ\n"
      "    steps: [ช]\n"
      "    responsible: [{group: ซ}]\n"
      "    period: {start: 2566-10-01, end: 2567-09-30}\n"
      "    # end of alpha\n"
      "\n"
      "# analysis comes after the measures in this file\n"
      "analysis:\n"
      "  improve: []\n";
  const std::string before = site.files["content/measures/2567.yaml"];
  Plan plan = site.run([](const Context& c) { return plan_new_measure(c, "middle", "2567"); });
  REQUIRE_FALSE(plan.failure);
  const std::string& after = site.files["content/measures/2567.yaml"];
  const std::size_t end_of_list = before.find("    # end of alpha\n") + std::string("    # end of alpha\n").size();
  CHECK(after == before.substr(0, end_of_list) + measure_entry("middle", 2567, 1) + before.substr(end_of_list));
  CHECK(measure_ids_in(after, "m.yaml") == std::vector<std::string>{"zeta", "alpha", "middle"});
}

TEST_CASE("new measure answers the first indicator below target, like a new measures file") {
  MemorySite site;
  site.set_target("95");
  site.files["content/scores/2566.yaml"] = kScores2566;
  site.run([](const Context& c) { return plan_new_year(c, "2567"); });
  site.run([](const Context& c) { return plan_new_measure(c, "first", ""); });
  CHECK(contains(site.files["content/measures/2567.yaml"], measure_entry("first", 2567, 2)));
}

TEST_CASE("new measure fails on an id the file already has, and changes nothing") {
  MemorySite site;
  site.run([](const Context& c) { return plan_new_measure(c, "first", ""); });
  const std::string before = site.files["content/measures/2567.yaml"];
  Plan plan = site.run([](const Context& c) { return plan_new_measure(c, "first", ""); });
  REQUIRE(plan.failure);
  CHECK(plan.failure->message == "content/measures/2567.yaml already has a measure 'first'");
  CHECK(plan.failure->hint == "measure ids are unique in a year: choose another id, or edit the measure that is there");
  CHECK(plan.edits.empty());
  CHECK(site.files["content/measures/2567.yaml"] == before);
}

TEST_CASE("new measure leaves a file with errors alone and shows the entry to add") {
  MemorySite site;
  site.files["content/measures/2567.yaml"] = "fiscal_year: 2567\nmeasures: [{id: Bad Id}]\n";
  Plan plan = site.run([](const Context& c) { return plan_new_measure(c, "second", ""); });
  REQUIRE(plan.failure);
  CHECK(plan.failure->message == "content/measures/2567.yaml has errors, so itagen does not add to it");
  CHECK(plan.snippet.starts_with("  - id: second\n    title: "));
  CHECK(plan.edits.empty());
}

TEST_CASE("new measure does not edit a list written on one line, and shows the entry to add") {
  MemorySite site;
  site.files["content/measures/2567.yaml"] =
      "fiscal_year: 2567\nbased_on: 2566\nmeasures: [{id: a, title: ก, kind: urgent, indicators: [1], issue: ข, "
      "steps: [ค], responsible: [{group: ง}], period: {start: 2566-10-01, end: 2567-09-30}}]\n";
  Plan plan = site.run([](const Context& c) { return plan_new_measure(c, "second", ""); });
  REQUIRE(plan.failure);
  CHECK(plan.failure->message.starts_with("'measures:' is written on one line ('[{id: a, "));
  CHECK(plan.failure->hint == "add this entry under 'measures:' yourself:");
  CHECK(plan.snippet.starts_with("  - id: second\n"));
}

TEST_CASE("new report lists every measure of the year as planned") {
  MemorySite site;
  site.run([](const Context& c) { return plan_new_measure(c, "first", ""); });
  site.files["content/measures/2567.yaml"] += measure_entry("second", 2567, 7);
  Plan plan = site.run([](const Context& c) { return plan_new_report(c, "6m", "2567"); });
  REQUIRE_FALSE(plan.failure);
  const std::string& text = text_of(plan, "content/reports/2567/6m.yaml");
  diag::DiagnosticSink sink;
  auto report = content::parse_report(text, "content/reports/2567/6m.yaml", sink);
  REQUIRE(report);
  CHECK(sink.diagnostics().empty());
  CHECK(report->round == "6m");
  CHECK(report->as_of == thai::Date{2024, 3, 31});
  REQUIRE(report->measures.size() == 2);
  CHECK(report->measures[0].id == "first");
  CHECK(report->measures[1].id == "second");
  CHECK(report->measures[1].status == content::ReportStatus::kPlanned);
  CHECK(report->measures[1].progress == 0);
}

TEST_CASE("new report without measures lists none and says why") {
  MemorySite site;
  Plan plan = site.run([](const Context& c) { return plan_new_report(c, "q1", ""); });
  CHECK(contains(text_of(plan, "content/reports/2567/q1.yaml"), "as_of: 2566-12-31 "));
  CHECK(contains(text_of(plan, "content/reports/2567/q1.yaml"), "\nmeasures: []\n"));
  CHECK(plan.notes ==
        std::vector<std::string>{
            "content/measures/2567.yaml does not exist, so the report lists no measures; add entries when it does"});
}

TEST_CASE("new report refuses a broken measures file rather than guess") {
  MemorySite site;
  site.files["content/measures/2567.yaml"] = "fiscal_year: 2567\nmeasures: [{id: Bad Id}]\n";
  Plan plan = site.run([](const Context& c) { return plan_new_report(c, "6m", ""); });
  REQUIRE(plan.failure);
  CHECK(plan.failure->message == "content/measures/2567.yaml has errors, so the report cannot list its measures");
}

TEST_CASE("new page writes the title and today's date") {
  MemorySite site;
  Plan plan = site.run([](const Context& c) { return plan_new_page(c, "about/contact", "ติดต่อ \"เรา\""); });
  const std::string& text = text_of(plan, "content/pages/about/contact.md");
  CHECK(text.starts_with("---\ntitle: \"ติดต่อ \\\"เรา\\\"\"\ndate: 2567-05-08\n"));
  diag::DiagnosticSink sink;
  auto page = content::parse_page(text, "content/pages/about/contact.md", sink);
  REQUIRE(page);
  CHECK(sink.diagnostics().empty());
  CHECK(page->title == "ติดต่อ \"เรา\"");
  CHECK(page->slug == "about/contact");
  CHECK_FALSE(page->draft);

  Plan untitled = site.run([](const Context& c) { return plan_new_page(c, "about/history.md", ""); });
  CHECK(text_of(untitled, "content/pages/about/history.md").starts_with("---\ntitle: \"history\"\n"));
}

TEST_CASE("new year answers each indicator below target with an improve point") {
  MemorySite site;
  site.set_target("95");
  site.files["content/scores/2566.yaml"] = kScores2566;
  Plan plan = site.run([](const Context& c) { return plan_new_year(c, "2568"); });
  REQUIRE_FALSE(plan.failure);
  const std::string& text = text_of(plan, "content/measures/2568.yaml");
  CHECK(contains(text, "\nbased_on: 2566\n"));
  CHECK(contains(text,
                 "  improve:\n"
                 "    - {indicator: 2, text: \"TODO: ตัวชี้วัดที่ 2 การใช้งบประมาณ ได้ 90.76 ต่ำกว่าเป้าหมาย 95.00 "
                 "วิเคราะห์สาเหตุและแนวทางพัฒนา\"}\n"));
  diag::DiagnosticSink sink;
  auto record = content::parse_measures(text, "content/measures/2568.yaml", sink);
  REQUIRE(record);
  CHECK(sink.diagnostics().empty());
  std::vector<int> improve;
  for (const auto& p : record->analysis.improve) improve.push_back(p.indicator);
  CHECK(improve == std::vector<int>{2, 4, 5, 7, 8});
  CHECK(record->measures.empty());
}

TEST_CASE("new year plans every file of the year, one OIT file per catalog item") {
  MemorySite site;
  Plan plan = site.run([](const Context& c) { return plan_new_year(c, "2568"); });
  auto paths = paths_of(plan);
  REQUIRE(paths.size() == 6 + 43);
  CHECK(paths[0] == "content/measures/2568.yaml");
  CHECK(paths[1] == "content/reports/2568/6m.yaml");
  CHECK(paths[2] == "content/reports/2568/12m.yaml");
  CHECK(paths[3] == "content/oit/2568/O01.md");
  CHECK(paths[45] == "content/oit/2568/O43.md");
  CHECK(paths[46] == "content/no-gift/2568.yaml");
  CHECK(paths[47] == "content/no-gift/2568.md");
  CHECK(paths[48] == "content/committee/2568.yaml");
  CHECK(contains(text_of(plan, "content/no-gift/2568.yaml"),
                 "  title: \"ประกาศ สพป.ตัวอย่าง เขต 1 เรื่อง นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ "
                 "(No Gift Policy)\"\n"));

  Plan again = site.run([](const Context& c) { return plan_new_year(c, "2568"); });
  CHECK(again.kept.size() == 1 + 43);  // the measures file and every OIT item
}

TEST_CASE("new year writes the No Gift announcement's text, which the site shows and never its comment") {
  MemorySite site;
  Plan plan = site.run([](const Context& c) { return plan_new_year(c, "2567"); });
  const std::string& md = text_of(plan, "content/no-gift/2567.md");
  CHECK(md.starts_with("<!--\n"));
  CHECK(contains(md, "ด้วย สพป.ตัวอย่าง เขต 1 มุ่งมั่นบริหารงาน"));
  CHECK(contains(md, "(No Gift Policy) ประจำปีงบประมาณ พ.ศ. 2567 ดังนี้\n"));
  diag::DiagnosticSink sink;
  auto record = content::parse_no_gift(text_of(plan, "content/no-gift/2567.yaml"), "content/no-gift/2567.yaml", md,
                                       "content/no-gift/2567.md", sink);
  REQUIRE(record);
  CHECK(sink.diagnostics().empty());
  CHECK(contains(record->body.source, "จึงประกาศให้ทราบโดยทั่วกัน"));
}

TEST_CASE("new year dates its OIT items inside the year, whenever it is run") {
  auto updated_of_o1 = [](thai::Date today, const char* year) {
    MemorySite site;
    site.today = today;
    Plan plan = site.run([year](const Context& c) { return plan_new_year(c, year); });
    const std::string& text = text_of(plan, std::string("content/oit/") + year + "/O01.md");
    std::size_t at = text.find("\nupdated: ");
    return at == std::string::npos ? text : text.substr(at + 10, 10);
  };
  CHECK(updated_of_o1({2027, 3, 1}, "2568") == "2568-09-30");   // run in 2570, after 2568 ended: its last day
  CHECK(updated_of_o1({2024, 12, 1}, "2568") == "2567-12-01");  // during 2568: today
  CHECK(updated_of_o1({2024, 5, 8}, "2568") == "2567-10-01");   // in 2567, ahead of 2568: its first day
}

TEST_CASE("new year rejects a year that is not Buddhist Era") {
  MemorySite site;
  Plan plan = site.run([](const Context& c) { return plan_new_year(c, "2025"); });
  REQUIRE(plan.failure);
  CHECK(plan.failure->hint == "fiscal years are Buddhist Era (2500 or later); 2025 CE is 2568");
}

TEST_CASE("a site made only of scaffolds builds with no errors and no unknown keys") {
  MemorySite site;
  site.files.clear();
  site.run(plan_init);
  site.set_target("95");
  site.files["content/scores/2566.yaml"] = kScores2566;
  site.run([](const Context& c) { return plan_new_oit(c, "O5", ""); });
  site.run([](const Context& c) { return plan_new_measure(c, "transparent-personnel", ""); });
  site.run([](const Context& c) { return plan_new_report(c, "6m", ""); });
  site.run([](const Context& c) { return plan_new_page(c, "about/contact", "ติดต่อเรา"); });
  site.run([](const Context& c) { return plan_new_year(c, "2568"); });
  site.run([](const Context& c) { return plan_new_report(c, "q1", "2568"); });
  Checked c = build_site(site.files);
  INFO(c.messages);
  CHECK(c.ok);
  CHECK(c.errors == 0);
  CHECK_FALSE(contains(c.messages, "unknown key"));
  // The 2568 analysis answers every weak indicator of 2566, so check does not ask for them.
  CHECK_FALSE(contains(c.messages, "no measure or analysis point answers it"));
  CHECK_FALSE(contains(c.messages, "before fiscal year 2568 began"));
}

}  // namespace
}  // namespace itagen::scaffold

namespace itagen::scaffold {

TEST_CASE("new criteria writes the whole framework the year uses now, which passes check at once") {
  MemorySite site;
  site.files["content/scores/2566.yaml"] = kScores2566;
  Plan plan = site.run([](const Context& c) { return plan_new_criteria(c, "2569", ""); });
  REQUIRE_FALSE(plan.failure);
  REQUIRE(paths_of(plan) == std::vector<std::string>{"content/criteria/2569.yaml"});
  const std::string& text = text_of(plan, "content/criteria/2569.yaml");
  CHECK(contains(text, "fiscal_year: 2569\n"));
  CHECK(contains(text, "provisional: true\n"));  // started from an earlier year's
  CHECK(contains(text, "  - {code: OIT, title: \"แบบตรวจการเปิดเผยข้อมูลสาธารณะ\", weight: 40}\n"));
  CHECK(contains(text, "  - {number: 10, tool: OIT, title: \"การป้องกันการทุจริต\"}\n"));
  CHECK(contains(text, "  - {code: \"10.2\", title: \"มาตรการภายในเพื่อป้องกันการทุจริต\"}\n"));
  CHECK(contains(text, "rating: aa-f\n"));
  CHECK(contains(text, "  - code: O43\n"));
  CHECK(contains(text, "# ตัวชี้วัดย่อย: \"9.4\" คือข้อย่อยของตัวชี้วัดที่ 9"));
  Checked c = build_site(site.files);
  CHECK(c.ok);
  CHECK(c.messages == "");

  // Never overwritten: a second run keeps the office's edits.
  site.files["content/criteria/2569.yaml"] += "# edited\n";
  Plan again = site.run([](const Context& c) { return plan_new_criteria(c, "2569", ""); });
  CHECK(site.files["content/criteria/2569.yaml"].ends_with("# edited\n"));
}

TEST_CASE("new criteria from a year whose rating is a list writes the list") {
  MemorySite site;
  site.files["content/criteria/2568.yaml"] =
      "fiscal_year: 2568\nsource: เกณฑ์ 2568\nrating:\n"
      "  - {level: ดี, english: Good, min_total: 85, min_each_tool: 80, pass: true}\n"
      "  - {level: ปรับปรุง, min_total: 0, pass: false}\n";
  Plan plan = site.run([](const Context& c) { return plan_new_criteria(c, "2570", "2568"); });
  REQUIRE_FALSE(plan.failure);
  const std::string& text = text_of(plan, "content/criteria/2570.yaml");
  CHECK(contains(text, "  - {level: \"ดี\", english: \"Good\", min_total: 85.00, min_each_tool: 80.00, pass: true}\n"));
  CHECK(contains(text, "  - {level: \"ปรับปรุง\", min_total: 0.00, pass: false}\n"));
  CHECK(build_site(site.files).ok);
}

TEST_CASE("new criteria names the years it could start from") {
  MemorySite site;
  Plan plan = site.run([](const Context& c) { return plan_new_criteria(c, "2569", "2560"); });
  REQUIRE(plan.failure);
  CHECK(plan.failure->message == "there are no criteria for fiscal year 2560 to start from");
  CHECK(plan.failure->hint == "years with criteria: 2566");
}

}  // namespace itagen::scaffold
