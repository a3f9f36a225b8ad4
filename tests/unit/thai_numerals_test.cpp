// Thai digit localisation of text and HTML.
#include "thai/numerals.h"

#include <doctest/doctest.h>

namespace itagen::thai {

TEST_CASE("localize_digits_converts_ascii_digits_to_thai") {
  CHECK(localize_digits("0123456789", Numerals::kThai) == "๐๑๒๓๔๕๖๗๘๙");
  CHECK(localize_digits("คะแนน 96.77 ระดับ AA", Numerals::kThai) == "คะแนน ๙๖.๗๗ ระดับ AA");
  CHECK(localize_digits("คำสั่งที่ 159/2567", Numerals::kThai) == "คำสั่งที่ ๑๕๙/๒๕๖๗");
  CHECK(localize_digits("ปี2567", Numerals::kThai) == "ปี๒๕๖๗");
}

TEST_CASE("localize_digits_with_arabic_numerals_is_a_copy") {
  CHECK(localize_digits("96.77", Numerals::kArabic) == "96.77");
}

TEST_CASE("localize_digits_keeps_codes_and_addresses") {
  CHECK(localize_digits("O24 และ O1-O10", Numerals::kThai) == "O24 และ O1-O10");
  CHECK(localize_digits("ISO9001", Numerals::kThai) == "ISO9001");
  CHECK(localize_digits("https://www.example.go.th/ita/2567 ปี 2567", Numerals::kThai) ==
        "https://www.example.go.th/ita/2567 ปี ๒๕๖๗");
  CHECK(localize_digits("saraban2567@example.go.th", Numerals::kThai) == "saraban2567@example.go.th");
}

TEST_CASE("localize_html_digits_converts_text_only") {
  CHECK(localize_html_digits(R"(<a href="/ita/2566/" data-x="1">ปี 2566</a>)", Numerals::kThai) ==
        R"(<a href="/ita/2566/" data-x="1">ปี ๒๕๖๖</a>)");
  CHECK(localize_html_digits(R"(<time datetime="2024-05-08">8 พฤษภาคม 2567</time>)", Numerals::kThai) ==
        R"(<time datetime="2024-05-08">๘ พฤษภาคม ๒๕๖๗</time>)");
  CHECK(localize_html_digits(R"(<svg viewBox="0 0 100 50"><text>95</text></svg>)", Numerals::kThai) ==
        R"(<svg viewBox="0 0 100 50"><text>๙๕</text></svg>)");
}

TEST_CASE("localize_html_digits_keeps_character_references") {
  CHECK(localize_html_digits("&#123; &#x41; &amp; 5", Numerals::kThai) == "&#123; &#x41; &amp; ๕");
}

TEST_CASE("localize_html_digits_keeps_verbatim_elements") {
  CHECK(localize_html_digits("<style>h1{margin:10px}</style>1", Numerals::kThai) ==
        "<style>h1{margin:10px}</style>๑");
  CHECK(localize_html_digits("<script>var a = 1 < 2;</script>2", Numerals::kThai) ==
        "<script>var a = 1 < 2;</script>๒");
  CHECK(localize_html_digits("<pre>x = 3</pre><p>3</p>", Numerals::kThai) == "<pre>x = 3</pre><p>๓</p>");
  CHECK(localize_html_digits(R"(<code class="c">4</code> 4)", Numerals::kThai) ==
        R"(<code class="c">4</code> ๔)");
  CHECK(localize_html_digits("<PRE>5</PRE>5", Numerals::kThai) == "<PRE>5</PRE>๕");
}

TEST_CASE("localize_html_digits_does_not_mistake_similar_tags_for_verbatim_ones") {
  CHECK(localize_html_digits("<p>1</p><s>2</s><span>3</span>", Numerals::kThai) ==
        "<p>๑</p><s>๒</s><span>๓</span>");
  CHECK(localize_html_digits("<prefix>4</prefix>", Numerals::kThai) == "<prefix>๔</prefix>");
}

TEST_CASE("localize_html_digits_with_arabic_numerals_is_a_copy") {
  CHECK(localize_html_digits("<p>2567</p>", Numerals::kArabic) == "<p>2567</p>");
}

TEST_CASE("arabic_digits_round_trips_thai_digits") {
  CHECK(arabic_digits("๐๑๒๓๔๕๖๗๘๙") == "0123456789");
  CHECK(arabic_digits("คำสั่งที่ ๑๕๙/๒๕๖๗") == "คำสั่งที่ 159/2567");
  std::string text = "คะแนน 96.77 ปี 2566";
  CHECK(arabic_digits(localize_digits(text, Numerals::kThai)) == text);
  CHECK(arabic_digits("no digits") == "no digits");
}

}  // namespace itagen::thai

TEST_CASE("html_digits_in_english_elements_and_codes_stay_arabic") {
  using itagen::thai::localize_html_digits;
  using itagen::thai::Numerals;
  CHECK(localize_html_digits("<span lang=\"en\">Office 1</span> เขต 1", Numerals::kThai) ==
        "<span lang=\"en\">Office 1</span> เขต ๑");
  CHECK(localize_html_digits("<p>ข้อ O24 ได้ 100</p>", Numerals::kThai) == "<p>ข้อ O24 ได้ ๑๐๐</p>");
  CHECK(localize_html_digits("<p>https://www.example.go.th/ita/2567 และ 2567</p>", Numerals::kThai) ==
        "<p>https://www.example.go.th/ita/2567 และ ๒๕๖๗</p>");
}
