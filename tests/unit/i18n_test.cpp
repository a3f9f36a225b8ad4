// The language of messages: placeholders, the choice from the locale's variables, the catalog.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "i18n/language.h"
#include "i18n/translate.h"

namespace itagen::i18n {
namespace {

Getenv env_of(std::map<std::string, std::string> vars) {
  return [vars = std::move(vars)](const char* name) -> const char* {
    auto it = vars.find(name);
    return it == vars.end() ? nullptr : it->second.c_str();
  };
}

}  // namespace

TEST_CASE("format_puts_each_argument_at_its_number_in_any_order") {
  CHECK(format("{1} before {0}", {"a", "b"}) == "b before a");
  CHECK(format("'{0}' and '{0}'", {"x"}) == "'x' and 'x'");
}

TEST_CASE("format_keeps_braces_that_are_not_placeholders") {
  CHECK(format("write it as {{0}}", {"a: 1"}) == "write it as {a: 1}");
  CHECK(format("{key: value} {9} {x}", {"a"}) == "{key: value} {9} {x}");
}

TEST_CASE("tr_writes_numbers_and_characters_as_text") {
  CHECK(tr("{0} of {1} in {2}", 3, std::size_t{12}, 'q') == "3 of 12 in q");
  CHECK(trn("{0} error", "{0} errors", 1, 1) == "1 error");
  CHECK(trn("{0} error", "{0} errors", 2, 2) == "2 errors");
}

TEST_CASE("language_of_reads_the_language_of_a_locale_name") {
  CHECK(language_of("th_TH.UTF-8") == Language::kThai);
  CHECK(language_of("th") == Language::kThai);
  CHECK(language_of("th_TH@calendar=buddhist") == Language::kThai);
  CHECK(language_of("en_GB.UTF-8") == Language::kEnglish);
  CHECK(language_of("C.UTF-8") == Language::kEnglish);
  CHECK(language_of("POSIX") == Language::kEnglish);
  CHECK_FALSE(language_of("fr_FR.UTF-8").has_value());
}

TEST_CASE("the_language_follows_lc_all_then_lc_messages_then_lang") {
  CHECK(language_from_environment(env_of({})) == Language::kEnglish);
  CHECK(language_from_environment(env_of({{"LANG", "th_TH.UTF-8"}})) == Language::kThai);
  CHECK(language_from_environment(env_of({{"LANG", "C.UTF-8"}, {"LC_MESSAGES", "th_TH.UTF-8"}})) ==
        Language::kThai);
  CHECK(language_from_environment(env_of({{"LANG", "th_TH.UTF-8"}, {"LC_ALL", "C.UTF-8"}})) == Language::kEnglish);
  CHECK(language_from_environment(env_of({{"LANG", "th_TH.UTF-8"}, {"LC_ALL", ""}})) == Language::kThai);
  CHECK(language_from_environment(env_of({{"LANG", "fr_FR.UTF-8"}})) == Language::kEnglish);
}

TEST_CASE("language_is_a_list_tried_in_order_but_ignored_in_the_c_locale") {
  CHECK(language_from_environment(env_of({{"LANG", "en_US.UTF-8"}, {"LANGUAGE", "fr:th:en"}})) == Language::kThai);
  CHECK(language_from_environment(env_of({{"LANG", "th_TH.UTF-8"}, {"LANGUAGE", "en"}})) == Language::kEnglish);
  // As gettext does: in the C locale LANGUAGE counts for nothing.
  CHECK(language_from_environment(env_of({{"LANG", "C"}, {"LANGUAGE", "th"}})) == Language::kEnglish);
  CHECK(language_from_environment(env_of({{"LANGUAGE", "th"}})) == Language::kEnglish);
}

TEST_CASE("find_catalog_takes_the_first_folder_holding_the_thai_catalog") {
  namespace stdfs = std::filesystem;
  stdfs::path base = stdfs::temp_directory_path() / "itagen-i18n-test";
  stdfs::remove_all(base);
  stdfs::create_directories(base / "empty");
  stdfs::create_directories(base / "full/th/LC_MESSAGES");
  std::ofstream(base / "full/th/LC_MESSAGES/itagen.mo") << "";
  CHECK(find_catalog({(base / "none").string(), (base / "empty").string(), (base / "full").string()}) ==
        (base / "full").string());
  CHECK(find_catalog({(base / "empty").string()}).empty());
  stdfs::remove_all(base);
}

TEST_CASE("thai_messages_come_from_the_catalog_built_in_the_build_tree") {
  REQUIRE(use_language(Language::kThai));
  CHECK(current_language() == Language::kThai);
  CHECK(tr("empty file") == "ไฟล์ว่าง");
  CHECK(tr("fiscal year '{0}' is not a Buddhist Era year", 2022) == "ปีงบประมาณ '2022' ไม่ใช่ปีพุทธศักราช");
  CHECK(trn("{0} error", "{0} errors", 5, 5) == "ข้อผิดพลาด 5 รายการ");
  // A message the catalog does not hold stays as it was written.
  CHECK(tr("not a message of itagen {0}", 1) == "not a message of itagen 1");
  use_language(Language::kEnglish);
  CHECK(tr("empty file") == "empty file");
}

TEST_CASE("the_same_english_in_another_context_is_another_message") {
  REQUIRE(use_language(Language::kThai));
  CHECK(trc("build phase", "total") == "รวม");
  CHECK(tr("total") == "คะแนนรวม");
  CHECK(trc("build phase", "load (1 page)") == "อ่านเนื้อหา (1 หน้า)");
  // A context the catalog does not hold gives the English message, not the key gettext looks up.
  CHECK(trc("no such context", "total") == "total");
  CHECK(trc("no such context", "{0} left", 3) == "3 left");
  use_language(Language::kEnglish);
  CHECK(trc("build phase", "total") == "total");
}

}  // namespace itagen::i18n
