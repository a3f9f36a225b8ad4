// `--verbose` timings: the pipeline's English phase ids, translated only when printed.
#include <doctest/doctest.h>

#include <sstream>

#include "cli/report.h"
#include "cli/text_width.h"
#include "i18n/language.h"

namespace itagen::cli {
namespace {

std::string timings_of(const std::vector<pipeline::PhaseTime>& timings) {
  std::ostringstream out;
  print_timings(out, timings);
  return out.str();
}

const std::vector<pipeline::PhaseTime> kBuild = {{"load", 1.5},   {"assemble+check", 2},  {"theme", 0.25},
                                                 {"render+write", 10}, {"documents", 1000}, {"new phase", 1}};

}  // namespace

TEST_CASE("timings_print_the_phase_ids_in_english_as_bench_reads_them") {
  i18n::use_language(i18n::Language::kEnglish);
  CHECK(timings_of(kBuild) ==
        "  load                  1.50 ms\n"
        "  assemble+check        2.00 ms\n"
        "  theme                 0.25 ms\n"
        "  render+write         10.00 ms\n"
        "  documents          1000.00 ms\n"
        "  new phase             1.00 ms\n"
        "  total              1014.75 ms\n");
  CHECK(timings_of({{"load (1 page)", 3}}) == "  load (1 page)         3.00 ms\n  total                 3.00 ms\n");
}

TEST_CASE("timings_name_the_phases_in_thai_and_keep_an_unknown_id_as_it_is") {
  REQUIRE(i18n::use_language(i18n::Language::kThai));
  const std::string out = timings_of(kBuild);
  i18n::use_language(i18n::Language::kEnglish);
  for (const char* thai : {"อ่านเนื้อหา", "ประกอบและตรวจ", "ธีม", "สร้างหน้าและเขียนไฟล์", "พิมพ์เอกสาร PDF", "รวม"}) {
    CHECK_MESSAGE(out.find(thai) != std::string::npos, thai);
  }
  for (const char* english : {"load", "assemble", "theme", "render", "documents", "total"}) {
    CHECK_MESSAGE(out.find(english) == std::string::npos, english);
  }
  CHECK(out.find("  new phase ") != std::string::npos);
  // The times stay in one column: every line ends at the same terminal column.
  std::istringstream lines(out);
  std::string line;
  std::size_t width = 0;
  while (std::getline(lines, line)) {
    std::size_t w = display_width(line);
    if (width == 0) width = w;
    CHECK_MESSAGE(w == width, line);
  }
}

}  // namespace itagen::cli
