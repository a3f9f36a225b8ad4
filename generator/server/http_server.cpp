// Request handling: everything goes through one pre-routing handler, so no request reaches
// httplib's own (decoded, regex-matched) routing or file mounts.
#include "server/http_server.h"

#include <httplib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include "server/routing.h"

namespace itagen::server {
namespace {

// httplib gives each connection a thread for as long as it stays open (an open tab holds one
// for its event stream). With 32, a burst of 100 connections (a page with many files, a load
// test) queued behind busy threads for seconds and timed out; idle threads cost only stack.
constexpr std::size_t kThreads = 128;
constexpr std::chrono::seconds kHeartbeat{15};
// Debian's httplib is a compiled library listening with a backlog of 5: under a burst of new
// connections (wrk with 100) the kernel dropped SYNs and the retransmits left clients waiting
// over 5 s. bind() listens again with this backlog (Linux updates it in place).
constexpr int kBacklog = 128;

void common_headers(httplib::Response& res) {
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Cache-Control", "no-store");
}

}  // namespace

bool is_loopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host == "[::1]" || host.rfind("127.", 0) == 0;
}

HttpServer::HttpServer(const SnapshotStore& store, EventHub& hub)
    : store_(store), hub_(hub), server_(std::make_unique<httplib::Server>()) {
  server_->new_task_queue = [] { return new httplib::ThreadPool(kThreads); };
  // httplib closes a kept-alive connection after 5 requests; reconnecting costs more than it saves.
  server_->set_keep_alive_max_count(100);
  // httplib's default is SO_REUSEPORT, which lets a second `itagen serve` bind the same port
  // and share the requests. SO_REUSEADDR alone still allows a quick restart.
  // TCP_NODELAY: httplib writes a reply's headers and body separately, and with Nagle's
  // algorithm the body then waits for the client's delayed ACK: about 40 ms per request on a
  // kept-alive connection. Accepted sockets inherit it from the listening one.
  server_->set_tcp_nodelay(true);
  server_->set_socket_options([this](socket_t sock) {
    listen_socket_ = sock;
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
  });
  server_->set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    common_headers(res);
    if (req.method != "GET" && req.method != "HEAD") {
      res.status = 405;
      res.set_header("Allow", "GET, HEAD");
      res.set_content("method not allowed\n", "text/plain; charset=utf-8");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.target == kScriptPath) {
      res.set_content(live_reload_script(), "text/javascript; charset=utf-8");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.target == kEventsPath) {
      auto last = std::make_shared<std::uint64_t>(hub_.last_id());
      auto hello = std::make_shared<bool>(true);
      res.set_chunked_content_provider("text/event-stream", [this, last, hello](std::size_t, httplib::DataSink& sink) {
        std::string text;
        if (*hello) {
          *hello = false;
          text = "retry: 500\n\n" + format_event("hello", std::to_string(store_.get()->generation));
        } else if (auto event = hub_.wait_after(*last, kHeartbeat)) {
          *last = event->id;
          text = format_event(event->name, event->data);
        } else if (hub_.closed()) {
          return false;
        } else {
          text = ": ping\n\n";  // finds closed connections, keeps proxies from timing out
        }
        return sink.write(text.data(), text.size());
      });
      return httplib::Server::HandlerResponse::Handled;
    }
    auto site = store_.get();
    Reply reply = route(*site, req.target);
    res.status = reply.status;
    if (!reply.location.empty()) res.set_header("Location", reply.location);
    if (reply.is_page) {
      res.set_content(inject_live_reload(reply.body, site->generation, site->error), reply.content_type);
    } else {
      res.set_content(reply.body, reply.content_type);
    }
    return httplib::Server::HandlerResponse::Handled;
  });
}

HttpServer::~HttpServer() = default;

int HttpServer::bind(const std::string& host, int port) {
  std::string h = host.size() > 2 && host.front() == '[' ? host.substr(1, host.size() - 2) : host;
  int bound = port == 0 ? server_->bind_to_any_port(h) : (server_->bind_to_port(h, port) ? port : -1);
  if (bound >= 0 && listen_socket_ >= 0) ::listen(listen_socket_, kBacklog);
  return bound;
}

void HttpServer::run() { server_->listen_after_bind(); }

void HttpServer::stop() {
  hub_.close();
  server_->stop();
}

}  // namespace itagen::server
