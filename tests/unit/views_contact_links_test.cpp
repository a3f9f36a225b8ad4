// tel: and LINE links made from contact fields as offices write them.
#include <doctest/doctest.h>

#include "views/contact_links.h"

using itagen::views::line_href;
using itagen::views::phone_link;

TEST_CASE("a_tel_link_holds_only_the_digits_of_the_number") {
  auto link = phone_link("0-3400-0000");
  CHECK(link.href == "tel:034000000");
  CHECK(link.number == "0-3400-0000");
  CHECK(link.before.empty());
  CHECK(link.rest.empty());
}

TEST_CASE("an_extension_stays_text_after_the_link") {
  auto link = phone_link("0-3400-0000 ต่อ 119");
  CHECK(link.href == "tel:034000000");
  CHECK(link.number == "0-3400-0000");
  CHECK(link.rest == " ต่อ 119");
}

TEST_CASE("words_before_the_number_stay_text_before_the_link") {
  auto link = phone_link("โทร. (034) 000 000");
  CHECK(link.before == "โทร. ");
  CHECK(link.number == "(034) 000 000");
  CHECK(link.href == "tel:034000000");
}

TEST_CASE("an_international_number_keeps_its_plus") {
  auto link = phone_link("+66 3400 0000");
  CHECK(link.href == "tel:+6634000000");
  CHECK(link.number == "+66 3400 0000");
}

TEST_CASE("only_the_first_of_two_numbers_is_linked") {
  auto link = phone_link("0-3400-0000, 0-3400-0001");
  CHECK(link.href == "tel:034000000");
  CHECK(link.rest == ", 0-3400-0001");
}

TEST_CASE("thai_digits_are_dialled_as_arabic_ones") {
  auto link = phone_link("๐-๓๔๐๐-๐๐๐๐");
  CHECK(link.href == "tel:034000000");
  CHECK(link.number == "0-3400-0000");
}

TEST_CASE("a_short_hotline_is_a_number_but_a_text_without_three_digits_is_not") {
  CHECK(phone_link("สายด่วน 1111").href == "tel:1111");
  CHECK(phone_link("ติดต่อชั้น 2").href.empty());
  CHECK(phone_link("ไม่มี").href.empty());
  CHECK(phone_link("").href.empty());
}

TEST_CASE("a_line_official_account_opens_with_line_me") {
  CHECK(line_href("@abc-office") == "https://line.me/R/ti/p/@abc-office");
  CHECK(line_href(" @abc ") == "https://line.me/R/ti/p/@abc");
}

TEST_CASE("a_personal_line_id_opens_with_a_tilde") { CHECK(line_href("ita.office_1") == "https://line.me/ti/p/~ita.office_1"); }

TEST_CASE("a_line_web_address_is_kept_as_written") {
  CHECK(line_href("https://line.me/R/ti/p/@example-esao1") == "https://line.me/R/ti/p/@example-esao1");
  CHECK(line_href("https://lin.ee/AbCd") == "https://lin.ee/AbCd");
}

TEST_CASE("a_line_text_that_is_no_id_makes_no_link") {
  CHECK(line_href("@ita<script>alert(1)</script>").empty());
  CHECK(line_href("ไลน์สำนักงาน").empty());
  CHECK(line_href("@").empty());
  CHECK(line_href("").empty());
}
