// The preview server as one object: builds the site into memory, serves it, watches the
// sources and swaps in each rebuild. `itagen serve` and the server tests both drive this.
#pragma once

#include <functional>
#include <string>
#include <thread>

#include "pipeline/pipeline.h"
#include "fs/file_system.h"
#include "server/http_server.h"
#include "server/live_reload.h"
#include "server/rebuild.h"
#include "server/site_snapshot.h"
#include "server/watcher.h"

namespace itagen::server {

struct PreviewOptions {
  std::string source = ".";
  std::string bind = "127.0.0.1";
  int port = 1313;  // 0 picks a free port
  pipeline::Options build;
};

class Preview {
 public:
  // Called on the watcher thread after every rebuild.
  using Listener = std::function<void(const RebuildReport&)>;

  explicit Preview(PreviewOptions options);
  ~Preview();
  Preview(const Preview&) = delete;
  Preview& operator=(const Preview&) = delete;

  // Builds the site (a failed first build is served as an error page until fixed), binds and
  // starts serving and watching. False and *error when the address cannot be bound.
  bool start(Listener on_rebuild, RebuildReport* first_build, std::string* error);
  void stop();  // idempotent

  int port() const { return port_; }
  // "http://127.0.0.1:1313/ita/": the address of the site's home page.
  std::string url() const;
  const std::string& base_path() const { return base_path_; }
  // Empty when watching works; otherwise why it does not (the site is still served).
  const std::string& watch_error() const { return watch_error_; }

 private:
  void watch_loop(Listener on_rebuild);

  PreviewOptions options_;
  fs::RealFileSystem files_;
  Rebuilder rebuilder_;
  SnapshotStore store_;
  EventHub hub_;
  HttpServer http_;
  Watcher watcher_;
  std::thread server_thread_;
  std::thread watch_thread_;
  int port_ = -1;
  std::string base_path_ = "/";
  std::string watch_error_;
  bool stopped_ = false;
};

}  // namespace itagen::server
