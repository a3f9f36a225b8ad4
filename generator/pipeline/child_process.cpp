// posix_spawn with three pipes and a poll loop: the child's stdout and stderr are read while its
// stdin is written, so a large document cannot deadlock on a full pipe either way.
#include "pipeline/child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "i18n/translate.h"

extern char** environ;

namespace itagen::pipeline {
namespace {

// Both ends close on exec; the child's copies are made by the file actions.
bool make_pipe(int fds[2]) { return ::pipe2(fds, O_CLOEXEC) == 0; }
// The child's stdin is a socket, so that writing to a child that stopped reading fails with
// EPIPE (MSG_NOSIGNAL) instead of raising SIGPIPE, which would end this process.
bool make_input(int fds[2]) { return ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) == 0; }

void close_fd(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

}  // namespace

std::string find_in_path(const std::string& program) {
  if (program.empty()) return {};
  if (program.find('/') != std::string::npos) return ::access(program.c_str(), X_OK) == 0 ? program : std::string();
  const char* path = std::getenv("PATH");
  if (!path) return {};
  std::string dirs(path);
  for (std::size_t start = 0; start <= dirs.size();) {
    std::size_t end = dirs.find(':', start);
    if (end == std::string::npos) end = dirs.size();
    std::string dir = dirs.substr(start, end - start);
    if (!dir.empty()) {
      std::string candidate = dir + "/" + program;
      struct stat st {};
      if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(candidate.c_str(), X_OK) == 0) {
        return candidate;
      }
    }
    start = end + 1;
  }
  return {};
}

ChildResult run_child(const std::vector<std::string>& argv, const std::string& input,
                      std::chrono::milliseconds timeout, const std::vector<std::string>& env) {
  ChildResult result;
  int in[2] = {-1, -1}, out[2] = {-1, -1}, err[2] = {-1, -1};
  if (!make_input(in) || !make_pipe(out) || !make_pipe(err)) {
    result.error = i18n::tr("cannot make a pipe: {0}", std::strerror(errno));
    for (int* p : {in, out, err}) {
      close_fd(p[0]);
      close_fd(p[1]);
    }
    return result;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[0], 0);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err[1], 2);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  // This process's environment, with env's entries replacing those of the same name.
  std::vector<char*> environment;
  for (char** e = environ; *e; ++e) {
    std::string_view entry(*e);
    std::string_view name = entry.substr(0, entry.find('='));
    bool replaced = std::any_of(env.begin(), env.end(), [&](const std::string& x) {
      return x.size() > name.size() && x.compare(0, name.size(), name) == 0 && x[name.size()] == '=';
    });
    if (!replaced) environment.push_back(*e);
  }
  for (const auto& e : env) environment.push_back(const_cast<char*>(e.c_str()));
  environment.push_back(nullptr);
  pid_t pid = 0;
  int rc = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environment.data());
  posix_spawn_file_actions_destroy(&actions);
  close_fd(in[0]);
  close_fd(out[1]);
  close_fd(err[1]);
  if (rc != 0) {
    result.error = std::strerror(rc);
    close_fd(in[1]);
    close_fd(out[0]);
    close_fd(err[0]);
    return result;
  }
  result.started = true;
  ::fcntl(in[1], F_SETFL, O_NONBLOCK);
  std::size_t written = 0;
  if (input.empty()) close_fd(in[1]);
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  char buffer[65536];
  while (out[0] >= 0 || err[0] >= 0) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      result.timed_out = true;
      ::kill(pid, SIGKILL);
      break;
    }
    pollfd fds[3];
    nfds_t n = 0;
    int* owners[3];
    for (int* fd : {&in[1], &out[0], &err[0]}) {
      if (*fd < 0) continue;
      fds[n] = {*fd, static_cast<short>(fd == &in[1] ? POLLOUT : POLLIN), 0};
      owners[n++] = fd;
    }
    int ready = ::poll(fds, n, static_cast<int>(std::min<long long>(left.count(), 1000)));
    if (ready < 0 && errno != EINTR) break;
    for (nfds_t i = 0; i < n && ready > 0; ++i) {
      if (!fds[i].revents) continue;
      int& fd = *owners[i];
      if (&fd == &in[1]) {
        ssize_t w = ::send(fd, input.data() + written, input.size() - written, MSG_NOSIGNAL);
        if (w > 0) written += static_cast<std::size_t>(w);
        if (w < 0 && errno != EAGAIN && errno != EINTR) close_fd(fd);  // EPIPE: it stopped reading
        if (written == input.size()) {
          ::shutdown(fd, SHUT_WR);  // end of input for the child
          close_fd(fd);
        }
      } else {
        ssize_t r = ::read(fd, buffer, sizeof buffer);
        if (r > 0) {
          (&fd == &out[0] ? result.out : result.err).append(buffer, static_cast<std::size_t>(r));
        } else if (r == 0 || (errno != EAGAIN && errno != EINTR)) {
          close_fd(fd);
        }
      }
    }
  }
  close_fd(in[1]);
  close_fd(out[0]);
  close_fd(err[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace itagen::pipeline
