// Worker k renders sources k, k + n, k + 2n, ... and writes one frame per source to its pipe:
// index, HTML length, text length (32-bit, native order: the reader is the same program), then
// the HTML and the text. A worker that dies or sends garbage is simply read no further.
#include "markdown/parallel_render.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstring>

namespace itagen::markdown {
namespace {

constexpr std::size_t kFrameHeader = 3 * sizeof(std::uint32_t);

bool write_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

void append_u32(std::string& out, std::size_t value) {
  auto v = static_cast<std::uint32_t>(value);
  out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

std::uint32_t read_u32(const char* p) {
  std::uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// A worker's whole life; never returns. It stops when the parent closes its end of the pipe.
[[noreturn]] void run_worker(int fd, const std::vector<std::string_view>& sources, const Options& options,
                             std::size_t first, std::size_t step) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe is a write error, handled below
  int status = 0;
  try {
    std::string frame;
    for (std::size_t i = first; i < sources.size(); i += step) {
      Rendered r = render(sources[i], options);
      frame.clear();
      append_u32(frame, i);
      append_u32(frame, r.html.size());
      append_u32(frame, r.text.size());
      frame += r.html;
      frame += r.text;
      if (!write_all(fd, frame.data(), frame.size())) {
        status = 1;
        break;
      }
    }
  } catch (...) {
    status = 1;
  }
  ::close(fd);
  ::_exit(status);  // no destructors, no atexit handlers, no flushing of the parent's buffers
}

}  // namespace

RenderWorkers::RenderWorkers(std::vector<std::string_view> sources, Options options, unsigned workers)
    : sources_(std::move(sources)), options_(options), ready_(sources_.size()), have_(sources_.size(), false) {
  if (workers <= 1 || sources_.empty()) return;
  render("", options_);  // registers the extensions here, before forking
  for (unsigned k = 0; k < workers && k < sources_.size(); ++k) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) break;
    // Room for a worker to run ahead while the pages are rendered (the kernel's default 64 KB
    // holds about ten pages); without the permission the default is used.
    ::fcntl(fds[1], F_SETPIPE_SZ, 1 << 20);
    pid_t pid = ::fork();
    if (pid == 0) {
      ::close(fds[0]);
      for (const auto& w : workers_) ::close(w.fd);
      run_worker(fds[1], sources_, options_, k, workers);
    }
    ::close(fds[1]);
    if (pid < 0) {
      ::close(fds[0]);
      break;
    }
    workers_.push_back({pid, fds[0], {}, k});
  }
  // A worker that could not be started leaves its share to take(), which renders it here.
  step_ = workers;
}

RenderWorkers::~RenderWorkers() {
  for (auto& w : workers_) close_worker(w);
}

void RenderWorkers::close_worker(Worker& w) {
  if (w.fd >= 0) {
    ::close(w.fd);
    w.fd = -1;
  }
  if (w.pid > 0) {
    int status = 0;
    while (::waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {
    }
    w.pid = -1;
  }
}

// Takes the complete frames out of w.pending; false when the worker sent what it does not owe.
bool RenderWorkers::take_frames(Worker& w) {
  std::size_t at = 0;
  bool trusted = true;
  while (w.pending.size() - at >= kFrameHeader) {
    const char* p = w.pending.data() + at;
    std::uint32_t index = read_u32(p), html = read_u32(p + 4), text = read_u32(p + 8);
    if (w.pending.size() - at - kFrameHeader < std::size_t{html} + text) break;
    if (index != w.next || index >= sources_.size()) {
      trusted = false;
      break;
    }
    ready_[index].html.assign(p + kFrameHeader, html);
    ready_[index].text.assign(p + kFrameHeader + html, text);
    have_[index] = true;
    w.next += step_;
    at += kFrameHeader + html + text;
  }
  w.pending.erase(0, at);
  return trusted;
}

void RenderWorkers::fill(std::size_t end) {
  char chunk[1 << 16];
  while (true) {
    std::vector<pollfd> polls;
    std::vector<Worker*> polled;
    for (auto& w : workers_) {
      if (w.fd >= 0 && w.next < end) {
        polls.push_back({w.fd, POLLIN, 0});
        polled.push_back(&w);
      }
    }
    if (polls.empty()) return;
    if (::poll(polls.data(), polls.size(), -1) < 0) {
      if (errno == EINTR) continue;
      for (auto* w : polled) close_worker(*w);  // cannot wait for them: render their share here
      return;
    }
    for (std::size_t k = 0; k < polls.size(); ++k) {
      if (!(polls[k].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      Worker& w = *polled[k];
      ssize_t n = ::read(w.fd, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        close_worker(w);  // finished or failed: what it did not send is rendered in take()
        continue;
      }
      w.pending.append(chunk, static_cast<std::size_t>(n));
      if (!take_frames(w)) close_worker(w);
    }
  }
}

std::vector<Rendered> RenderWorkers::take(std::size_t begin, std::size_t end) {
  end = std::min(end, sources_.size());
  std::vector<Rendered> out;
  if (begin >= end) return out;
  fill(end);
  out.reserve(end - begin);
  for (std::size_t i = begin; i < end; ++i) {
    out.push_back(have_[i] ? std::move(ready_[i]) : render(sources_[i], options_));
    ready_[i] = Rendered{};
  }
  return out;
}

}  // namespace itagen::markdown
