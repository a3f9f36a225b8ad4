// Writes the non-page files of a build into the sink, taking each from the previous build when
// the preview server allows it, and counts them.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "output/sink.h"
#include "pipeline/reuse.h"

namespace itagen::pipeline {

class FileWriter {
 public:
  FileWriter(output::OutputSink& sink, const Reuse& reuse) : sink_(sink), reuse_(reuse) {}

  void write(const std::string& path, std::string_view bytes) {
    if (!sink_.write(path, bytes)) failed_ = true;
    ++files_;
  }
  void write_owned(const std::string& path, std::string bytes) {
    if (!sink_.write_owned(path, std::move(bytes))) failed_ = true;
    ++files_;
  }
  void write_deferred(const std::string& path, std::function<std::string()> make) {
    if (!sink_.write_deferred(path, std::move(make))) failed_ = true;
    ++files_;
  }
  // make() is only called when the previous build's file cannot be reused.
  template <typename Make>
  void write_made(const std::string& path, const Make& make) {
    if (reuse_.file && reuse_.file(path, sink_)) {
      ++files_;
    } else {
      write(path, make());
    }
  }
  bool reused(const std::string& path) {
    if (!reuse_.file || !reuse_.file(path, sink_)) return false;
    ++files_;
    return true;
  }

  std::size_t files() const { return files_; }
  bool failed() const { return failed_; }

 private:
  output::OutputSink& sink_;
  const Reuse& reuse_;
  std::size_t files_ = 0;
  bool failed_ = false;
};

}  // namespace itagen::pipeline
