// Markdown rendered on every core. cmark-gfm's extensions keep their trigger characters in one
// process-wide table (markdown.cpp), so parses in threads of one process must take turns;
// parses in separate processes need not. Worker processes are forked once, after the content
// is loaded; each renders its share of the sources, in order, and sends the results back
// through a pipe, which holds them until the build asks for them: the pipe's back-pressure keeps
// the memory flat however large the site.
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "markdown/markdown.h"

namespace itagen::markdown {

class RenderWorkers {
 public:
  // Starts workers processes rendering sources with options. The sources must stay alive and
  // unchanged until the object is destroyed. Call it while this process runs no other threads
  // that could hold a lock the workers need (the build calls it between its phases).
  RenderWorkers(std::vector<std::string_view> sources, Options options, unsigned workers);
  ~RenderWorkers();
  RenderWorkers(const RenderWorkers&) = delete;
  RenderWorkers& operator=(const RenderWorkers&) = delete;

  // render() of sources [begin, end), in order; ranges must be asked for in ascending order.
  // What a worker cannot deliver (it failed, or none could be started) is rendered here, so
  // the result is the same either way.
  std::vector<Rendered> take(std::size_t begin, std::size_t end);

 private:
  struct Worker {
    pid_t pid = -1;
    int fd = -1;           // read end of the worker's pipe; -1 once it is closed
    std::string pending;   // bytes read past the last complete frame
    std::size_t next = 0;  // the index of the next frame expected from this worker
  };
  // Reads from every worker until each has sent its results below end (or stopped).
  void fill(std::size_t end);
  bool take_frames(Worker& w);
  void close_worker(Worker& w);

  std::vector<std::string_view> sources_;
  Options options_;
  std::vector<Worker> workers_;
  std::vector<Rendered> ready_;  // rendered results not taken yet, by index - ready_base_
  std::vector<bool> have_;
  std::size_t step_ = 1;  // the number of workers planned: worker k renders k, k + step_, ...
};

}  // namespace itagen::markdown
