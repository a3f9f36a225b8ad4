// A year's criteria: the file as written (content/criteria/<fy>.yaml), and the set of every
// year's framework with inheritance section by section and the checks across sections.
#include <doctest/doctest.h>

#include <algorithm>

#include "content/criteria_set.h"
#include "content/parsers.h"
#include "fs/file_system.h"

using namespace itagen;

namespace {

std::string all(const diag::DiagnosticSink& sink) {
  std::string out;
  for (const auto& d : sink.diagnostics()) {
    out += d.where.path + ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + ": " +
           (d.severity == diag::Severity::kError ? "error: " : "warning: ") + d.message + "\n";
  }
  return out;
}

const char* kPath = "content/criteria/2569.yaml";

// Parses a 2569 file and assembles it over the shipped criteria; returns the diagnostics.
std::string assembled(const std::string& yaml, const ita::Framework** out = nullptr) {
  diag::DiagnosticSink sink;
  static content::CriteriaSet keep;
  auto file = content::parse_criteria(yaml, kPath, sink);
  if (!file) return all(sink);
  keep = content::CriteriaSet::assemble({{2569, *file}}, sink);
  if (out) *out = keep.own(2569);
  return all(sink);
}

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace

TEST_CASE("reads_items_and_inherits_every_other_section") {
  const ita::Framework* fw = nullptr;
  CHECK(assembled("fiscal_year: 2569\nitems:\n"
                  "  - {code: O1, sub_indicator: \"9.1\", title: โครงสร้าง, requires: [ข้อมูลปีปัจจุบัน]}\n"
                  "  - {code: O02, sub_indicator: \"10.2\", title: ผู้บริหาร, not_applicable: true}\n",
                  &fw) == "");
  REQUIRE(fw);
  CHECK(fw->fiscal_year == 2569);
  CHECK(fw->origin == kPath);
  REQUIRE(fw->items.size() == 2);
  CHECK(fw->items[0].requirements.at(0) == "ข้อมูลปีปัจจุบัน");
  CHECK(fw->items[1].code == "O2");
  CHECK(fw->items[1].number == 2);
  CHECK(fw->items[1].not_applicable);
  CHECK(fw->find("O2") == &fw->items[1]);
  // Inherited from the shipped 2566 framework.
  CHECK(fw->tools.size() == 3);
  CHECK(fw->indicators.size() == 10);
  CHECK(fw->rating.scale == "aa-f");
}

TEST_CASE("a_section_given_replaces_the_inherited_one_whole") {
  const ita::Framework* fw = nullptr;
  CHECK(assembled("fiscal_year: 2569\nbased_on: 2566\nsource: ITA Online 2569\nprovisional: true\nrating: nacc-5\n"
                  "sub_indicators:\n"
                  "  - {code: \"9.1\", title: ข้อมูลพื้นฐาน}\n"
                  "  - {code: \"10.1\", title: การจัดการเรื่องร้องเรียนการทุจริต}\n"
                  "items:\n"
                  "  - {code: O1, sub_indicator: \"9.1\", title: โครงสร้าง}\n"
                  "  - {code: O2, sub_indicator: \"10.1\", title: ช่องทางร้องเรียน}\n",
                  &fw) == "");
  REQUIRE(fw);
  CHECK(fw->rating.scale == "nacc-5");
  CHECK(fw->rating.levels.size() == 5);
  CHECK(fw->sub_indicators.size() == 2);
  CHECK(fw->find_sub_indicator("10.1")->title == "การจัดการเรื่องร้องเรียนการทุจริต");
  CHECK(fw->source == "ITA Online 2569");
  CHECK(fw->provisional);
}

TEST_CASE("reads_a_rating_written_as_a_list") {
  const ita::Framework* fw = nullptr;
  CHECK(assembled("fiscal_year: 2569\nrating:\n"
                  "  - {level: ผ่านดีเยี่ยม, min_total: 95, min_each_tool: 95, pass: true}\n"
                  "  - {level: ผ่าน, min_total: 85, pass: true}\n"
                  "  - {level: ไม่ผ่าน, min_total: 0, pass: false}\n",
                  &fw) == "");
  REQUIRE(fw);
  CHECK(fw->rating.scale == "custom");
  REQUIRE(fw->rating.levels.size() == 3);
  CHECK(fw->rating.levels[0].min_each_tool == ita::Score::from_hundredths(9500));
  CHECK(fw->rating.levels[1].key == "custom-2");
  CHECK_FALSE(fw->rating.levels[2].pass);
}

TEST_CASE("errors_within_one_file") {
  CHECK(assembled("fiscal_year: 2569\nitems:\n"
                  "  - {code: O1, sub_indicator: \"9.1\", title: a}\n"
                  "  - {code: O01, sub_indicator: \"9.1\", title: b}\n") ==
        "content/criteria/2569.yaml:4:5: error: item 'O1' is listed twice\n");
  CHECK(assembled("fiscal_year: 2569\ntools:\n  - {code: IIT, weight: 50}\n  - {code: IIT, weight: 50}\n") ==
        "content/criteria/2569.yaml:4:5: error: tool 'IIT' is listed twice\n"
        "content/criteria/2569.yaml:2:1: error: the tools' weights add up to 50, not 100\n"
        "content/criteria/2569.yaml:2:1: error: indicators 6, 7 and 8 of an earlier year's criteria are in tool 'EIT', which these tools leave out\n"
        "content/criteria/2569.yaml:2:1: error: indicators 9 and 10 of an earlier year's criteria are in tool 'OIT', which these tools leave out\n");
  // Replacing one section alone leaves the inherited ones without what they refer to: only the
  // first message is this case's.
  CHECK(first_line(assembled("fiscal_year: 2569\nindicators:\n  - {number: 2, tool: IIT, title: a}\n")) ==
        "content/criteria/2569.yaml:3:14: error: indicator 2 is out of order: indicator 1 should come here");
  CHECK(first_line(assembled("fiscal_year: 2569\nsub_indicators:\n  - {code: \"9\", title: a}\n")) ==
        "content/criteria/2569.yaml:3:12: error: sub-indicator code '9' is not <indicator>.<number>");
  CHECK(assembled("fiscal_year: 2569\nrating: aa\n") ==
        "content/criteria/2569.yaml:2:9: error: unknown rating scale 'aa'\n");
  CHECK(assembled("fiscal_year: 2569\nrating:\n  - {level: a, min_total: 80, pass: true}\n"
                  "  - {level: b, min_total: 90, pass: true}\n  - {level: c, min_total: 0, pass: false}\n") ==
        "content/criteria/2569.yaml:4:27: error: level 'b' needs more (90.00) than the level above it, 'a' (80.00)\n");
  CHECK(assembled("fiscal_year: 2569\nrating:\n  - {level: a, min_total: 80, pass: true}\n"
                  "  - {level: b, min_total: 50, pass: false}\n") ==
        "content/criteria/2569.yaml:4:5: error: the last level 'b' starts at 50.00, not 0\n");
}

TEST_CASE("errors_across_sections_point_into_the_file_written") {
  CHECK(assembled("fiscal_year: 2569\ntools:\n  - {code: IIT, weight: 30}\n  - {code: EIT, weight: 30}\n"
                  "  - {code: OIT, weight: 30}\n") ==
        "content/criteria/2569.yaml:2:1: error: the tools' weights add up to 90, not 100\n");
  // Dropping a tool that inherited indicators use: reported at this file's tools key.
  CHECK(assembled("fiscal_year: 2569\ntools:\n  - {code: IIT, weight: 60}\n  - {code: OIT, weight: 40}\n") ==
        "content/criteria/2569.yaml:2:1: error: indicators 6, 7 and 8 of an earlier year's criteria are in tool 'EIT', which these tools leave out\n");
  // Replacing the sub-indicators leaves the inherited items without theirs: they are reported
  // together, by sub-indicator, at this file's sub_indicators key.
  std::string subs = assembled("fiscal_year: 2569\nsub_indicators:\n  - {code: \"11.1\", title: a}\n");
  CHECK(subs.rfind("content/criteria/2569.yaml:3:12: error: sub-indicator '11.1' belongs to indicator 11, which these "
                   "criteria do not have\n"
                   "content/criteria/2569.yaml:2:1: error: items O1, O2, O3, O4, O5, O6, O7, O8, O9 and O10 of an earlier "
                   "year's criteria are in sub-indicator '9.1', which these sub_indicators leave out\n",
                   0) == 0);
  CHECK(std::count(subs.begin(), subs.end(), '\n') == 1 + 7);
  CHECK(assembled("fiscal_year: 2569\nsub_indicators:\n  - {code: \"9.1\", title: a}\n"
                  "items:\n  - {code: O1, sub_indicator: \"9.2\", title: a}\n") ==
        "content/criteria/2569.yaml:5:31: error: item O1 is in unknown sub-indicator '9.2'\n");
}

TEST_CASE("a_year_before_every_other_must_give_every_section") {
  diag::DiagnosticSink sink;
  auto early = content::parse_criteria("fiscal_year: 2560\nrating: nacc-5\n", "content/criteria/2560.yaml", sink);
  REQUIRE(early);
  content::CriteriaSet::assemble({{2560, *early}}, sink);
  CHECK(all(sink) ==
        "content/criteria/2560.yaml:1:1: error: the criteria of fiscal year 2560 do not give tools, indicators, "
        "sub_indicators and items, and there is no earlier year to take them from\n");
}

TEST_CASE("based_on_must_name_a_year_with_criteria") {
  CHECK(assembled("fiscal_year: 2569\nbased_on: 2560\n") ==
        "content/criteria/2569.yaml:2:11: error: there are no criteria for fiscal year 2560 to base these on\n");
}

TEST_CASE("the_site_file_of_a_year_replaces_the_shipped_one_and_later_years_inherit_from_it") {
  diag::DiagnosticSink sink;
  auto own_2566 = content::parse_criteria("fiscal_year: 2566\nrating: nacc-5\n", "content/criteria/2566.yaml", sink);
  auto y2568 = content::parse_criteria("fiscal_year: 2568\nsource: x\n", "content/criteria/2568.yaml", sink);
  REQUIRE(own_2566);
  REQUIRE(y2568);
  // The site's 2566 gives only the rating: the rest comes from the shipped 2566.
  auto set = content::CriteriaSet::assemble({{2566, *own_2566}, {2568, *y2568}}, sink);
  CHECK(all(sink) == "");
  CHECK(set.own(2566)->origin == "content/criteria/2566.yaml");
  CHECK(set.own(2566)->items.size() == 43);
  CHECK(set.own(2566)->rating.scale == "nacc-5");
  CHECK(set.own(2568)->rating.scale == "nacc-5");
  CHECK(set.for_year(2567)->fiscal_year == 2566);
  CHECK(set.for_year(2570)->fiscal_year == 2568);
  CHECK(set.for_year(2565) == nullptr);
  CHECK(set.for_history(2560)->fiscal_year == 2566);
}

#ifdef ITAGEN_SOURCE_DIR
TEST_CASE("shipped_criteria_load_without_diagnostics") {
  fs::RealFileSystem files(ITAGEN_SOURCE_DIR);
  for (const auto& path : files.list_files("generator/data/criteria")) {
    diag::DiagnosticSink sink;
    auto file = content::parse_criteria(*files.read(path), path, sink);
    CHECK(file);
    CHECK(all(sink) == "");
  }
  diag::DiagnosticSink sink;
  auto set = content::CriteriaSet::assemble({}, sink);
  CHECK(all(sink) == "");
  CHECK(set.own(2566)->items.size() == 43);
}
#endif
