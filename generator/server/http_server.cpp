// Request handling: everything goes through one pre-routing handler, so no request reaches
// httplib's own (decoded, regex-matched) routing or file mounts.
#include "server/http_server.h"

#include <httplib.h>

#include "server/routing.h"

namespace itagen::server {
namespace {

// Enough threads for a handful of open tabs, each holding an event stream.
constexpr std::size_t kThreads = 32;
constexpr std::chrono::seconds kHeartbeat{15};

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
  // httplib's default is SO_REUSEPORT, which lets a second `itagen serve` bind the same port
  // and share the requests. SO_REUSEADDR alone still allows a quick restart.
  server_->set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
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
  if (port == 0) return server_->bind_to_any_port(h);
  return server_->bind_to_port(h, port) ? port : -1;
}

void HttpServer::run() { server_->listen_after_bind(); }

void HttpServer::stop() {
  hub_.close();
  server_->stop();
}

}  // namespace itagen::server
