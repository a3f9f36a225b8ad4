// Adding an entry to a user's YAML list as text (scaffold/list_append.h): comments, order and
// layout stay as they were.
#include "scaffold/list_append.h"

#include <doctest/doctest.h>

namespace itagen::scaffold {
namespace {

const std::string kEntry = "  - id: new\n    title: x\n";

std::string appended(const std::string& text) {
  Failure failure;
  auto out = append_to_list(text, "measures", kEntry, &failure);
  return out ? *out : "<failed: " + failure.message + ">";
}

}  // namespace

TEST_CASE("append_to_list adds after the last entry with its indentation") {
  CHECK(appended("a: 1\nmeasures:\n  - id: old\n    title: y\nb: 2\n") ==
        "a: 1\nmeasures:\n  - id: old\n    title: y\n  - id: new\n    title: x\nb: 2\n");
  CHECK(appended("measures:\n    - id: old\n      title: y\n") ==
        "measures:\n    - id: old\n      title: y\n    - id: new\n      title: x\n");
  CHECK(appended("measures:\n- id: old\n  title: y\nb: 2\n") == "measures:\n- id: old\n  title: y\n- id: new\n  title: x\nb: 2\n");
}

TEST_CASE("append_to_list keeps comments inside the list before the entry and at the margin after it") {
  CHECK(appended("measures:\n  # first\n  - id: old\n\n    # about old\n\n# next: b\nb: 2\n") ==
        "measures:\n  # first\n  - id: old\n\n    # about old\n  - id: new\n    title: x\n\n# next: b\nb: 2\n");
}

TEST_CASE("append_to_list replaces an empty flow list, keeping its comment") {
  CHECK(appended("measures: []\n") == "measures:\n" + kEntry);
  CHECK(appended("measures: [ ]   # none yet\nb: 2\n") == "measures:    # none yet\n" + kEntry + "b: 2\n");
}

TEST_CASE("append_to_list adds under a key with no value yet") {
  CHECK(appended("measures:\nb: 2\n") == "measures:\n" + kEntry + "b: 2\n");
}

TEST_CASE("append_to_list adds the key when the file has none") {
  CHECK(appended("fiscal_year: 2567") == "fiscal_year: 2567\nmeasures:\n" + kEntry);
}

TEST_CASE("append_to_list ends the last line before adding after it") {
  CHECK(appended("measures:\n  - id: old") == "measures:\n  - id: old\n" + kEntry);
}

TEST_CASE("append_to_list keeps windows line endings") {
  CHECK(appended("a: 1\r\nmeasures:\r\n  - id: old\r\nb: 2\r\n") ==
        "a: 1\r\nmeasures:\r\n  - id: old\r\n  - id: new\r\n    title: x\r\nb: 2\r\n");
  CHECK(appended("measures: []\r\n") == "measures:\r\n  - id: new\r\n    title: x\r\n");
}

TEST_CASE("append_to_list looks only at the top-level key") {
  CHECK(appended("measures_old:\n  - id: a\nx:\n  measures:\n    - id: b\n") ==
        "measures_old:\n  - id: a\nx:\n  measures:\n    - id: b\nmeasures:\n" + kEntry);
}

TEST_CASE("append_to_list refuses a flow list with entries") {
  Failure failure;
  CHECK_FALSE(append_to_list("measures: [{id: a}]\n", "measures", kEntry, &failure));
  CHECK(failure.message == "'measures:' is written on one line ('[{id: a}]'), which itagen does not edit");
}

}  // namespace itagen::scaffold
