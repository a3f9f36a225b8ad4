// pipeline/child_process.h: how the PDF engine is run (no shell, stdin fed, a time limit).
#include <doctest/doctest.h>

#include <string>

#include "pipeline/child_process.h"

using namespace itagen;
using namespace std::chrono_literals;

TEST_CASE("child_reads_stdin_and_its_output_is_collected") {
  std::string input(1 << 20, 'x');  // larger than a pipe's buffer both ways
  auto r = pipeline::run_child({"cat"}, input, 10s);
  CHECK(r.started);
  CHECK(r.exit_status == 0);
  CHECK(r.out == input);
}

TEST_CASE("child_arguments_are_never_shell_words") {
  auto r = pipeline::run_child({"printf", "%s", "$(echo hi); rm -rf x"}, "", 10s);
  CHECK(r.out == "$(echo hi); rm -rf x");
}

TEST_CASE("child_stderr_and_exit_status_are_kept") {
  auto r = pipeline::run_child({"sh", "-c", "echo oops >&2; exit 3"}, "", 10s);
  CHECK(r.exit_status == 3);
  CHECK(r.err == "oops\n");
}

TEST_CASE("child_that_runs_too_long_is_killed") {
  auto r = pipeline::run_child({"sleep", "30"}, "", 200ms);
  CHECK(r.timed_out);
  CHECK(r.exit_status == -1);
}

TEST_CASE("child_that_stops_reading_does_not_end_this_process") {
  auto r = pipeline::run_child({"true"}, std::string(4 << 20, 'x'), 10s);
  CHECK(r.started);
  CHECK(r.exit_status == 0);
}

TEST_CASE("a_program_that_is_not_there_is_not_started") {
  auto r = pipeline::run_child({"/nonexistent/weasyprint"}, "", 10s);
  CHECK(!r.started);
  CHECK(!r.error.empty());
  CHECK(pipeline::find_in_path("itagen-no-such-program") == "");
  CHECK(pipeline::find_in_path("sh").ends_with("/sh"));
}
