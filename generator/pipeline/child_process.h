// Runs a program as a child process without a shell: the arguments are a vector, never a
// command line, so no value from the content can become a shell word. Feeds it stdin and
// collects stdout and stderr, with a time limit. Used for the PDF engine.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace itagen::pipeline {

struct ChildResult {
  bool started = false;    // false: the program could not be run (error says why)
  bool timed_out = false;  // killed after the time limit
  int exit_status = -1;    // the exit code, or -1 when killed by a signal
  std::string out;         // stdout
  std::string err;         // stderr
  std::string error;       // why it could not be started
};

// argv[0] is the program's path (looked up in PATH when it has no '/'). env: "NAME=value"
// entries set for the child on top of this process's environment.
ChildResult run_child(const std::vector<std::string>& argv, const std::string& input,
                      std::chrono::milliseconds timeout, const std::vector<std::string>& env = {});

// The program's full path when one of PATH's folders holds it as an executable file; "" else.
std::string find_in_path(const std::string& program);

}  // namespace itagen::pipeline
