// The preview server's HTTP side (cpp-httplib): the built site from the current snapshot, the
// live-reload script and the event stream. Every response is no-store and nosniff.
#pragma once

#include <memory>
#include <string>

#include "server/live_reload.h"
#include "server/site_snapshot.h"

namespace httplib {
class Server;
}

namespace itagen::server {

class HttpServer {
 public:
  HttpServer(const SnapshotStore& store, EventHub& hub);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds host:port; port 0 picks a free one. Returns the port bound, or -1.
  int bind(const std::string& host, int port);
  void run();   // serves until stop()
  void stop();  // closes the event streams first so no handler thread is left waiting

 private:
  const SnapshotStore& store_;
  EventHub& hub_;
  std::unique_ptr<httplib::Server> server_;
  int listen_socket_ = -1;  // set while binding, to raise httplib's backlog
};

bool is_loopback(const std::string& host);

}  // namespace itagen::server
