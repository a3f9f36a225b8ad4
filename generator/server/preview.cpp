// Wiring of the preview server's parts and its two threads (HTTP, watch-and-rebuild).
#include "server/preview.h"
#include "i18n/translate.h"

namespace itagen::server {

namespace {

// The preview prints an official document when it is requested: printing every document on
// every edit would make each save wait for the PDF engine.
pipeline::Options on_request(pipeline::Options options) {
  options.documents_on_request = true;
  return options;
}

}  // namespace

Preview::Preview(PreviewOptions options)
    : options_(std::move(options)),
      files_(options_.source),
      rebuilder_(files_, on_request(options_.build)),
      http_(store_, hub_),
      watcher_(options_.source, {"content", "themes"}) {}

Preview::~Preview() { stop(); }

bool Preview::start(Listener on_rebuild, RebuildReport* first_build, std::string* error) {
  // Watch before the first build, so an edit made during it is not lost.
  bool watching = watcher_.start(&watch_error_);
  *first_build = rebuilder_.build_all();
  SiteSnapshot snapshot = rebuilder_.snapshot();
  base_path_ = snapshot.base_path;
  store_.set(std::move(snapshot));

  port_ = http_.bind(options_.bind, options_.port);
  if (port_ < 0) {
    *error = i18n::tr("cannot listen on {0}:{1} (is another server using that port? try --port 0)", options_.bind,
                      std::to_string(options_.port));
    return false;
  }
  server_thread_ = std::thread([this] { http_.run(); });
  if (watching) watch_thread_ = std::thread([this, on_rebuild] { watch_loop(on_rebuild); });
  return true;
}

void Preview::watch_loop(Listener on_rebuild) {
  for (;;) {
    WatchBatch batch = watcher_.next();
    if (batch.empty()) return;  // stopped
    ChangeSet changes = rebuilder_.net_changes(batch);
    if (changes.empty()) continue;  // only temporary files came and went
    RebuildReport report;
    try {
      report = rebuilder_.rebuild(changes);
    } catch (const std::exception& e) {
      // A bug or a system failure: say so and keep serving the last good site.
      report.changed.assign(changes.paths.begin(), changes.paths.end());
      report.messages = std::string("internal error: ") + e.what() + "\n";
      if (on_rebuild) on_rebuild(report);
      continue;
    }
    SiteSnapshot snapshot = rebuilder_.snapshot();
    std::string error = snapshot.error;
    store_.set(std::move(snapshot));
    if (report.ok) {
      hub_.publish("reload", "");
    } else {
      hub_.publish("build-error", error);
    }
    if (on_rebuild) on_rebuild(report);
    rebuilder_.release_replaced();
  }
}

void Preview::stop() {
  if (stopped_) return;
  stopped_ = true;
  watcher_.stop();
  if (watch_thread_.joinable()) watch_thread_.join();
  http_.stop();
  if (server_thread_.joinable()) server_thread_.join();
}

std::string Preview::url() const {
  std::string host = options_.bind;
  if (host == "0.0.0.0" || host == "::") host = host == "::" ? "[::1]" : "127.0.0.1";
  if (host.find(':') != std::string::npos && host.front() != '[') host = "[" + host + "]";
  return "http://" + host + ":" + std::to_string(port_) + base_path_;
}

}  // namespace itagen::server
