// Live reload for the preview server: the script injected into served HTML pages, the error
// overlay rendered into pages while the site is broken, and the hub that tells every open page
// (over Server-Sent Events at /__itagen/events) that the site changed or a rebuild failed.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

namespace itagen::server {

constexpr const char* kEventsPath = "/__itagen/events";
constexpr const char* kScriptPath = "/__itagen/live-reload.js";

// The script served at kScriptPath. It opens an EventSource on kEventsPath, reloads the page
// on "reload" (or when the "hello" generation differs from the page's), and shows
// "build-error" text in a fixed panel (set with textContent, never parsed as HTML).
const std::string& live_reload_script();

// Inserts the script tag (and, when error is not empty, the overlay holding it, HTML-escaped)
// before the page's </body>. Only the server does this; `build` output never has it.
std::string inject_live_reload(const std::string& html, std::uint64_t generation, const std::string& error);

struct Event {
  std::uint64_t id = 0;
  std::string name;  // "reload" or "build-error"
  std::string data;
};

// "event: NAME\ndata: line\n...\n\n": one data line per line of text, as EventSource expects.
std::string format_event(const std::string& name, const std::string& data);

// Holds the latest event; each stream waits for an id newer than the last one it sent. Only
// the latest matters: a page wants the site's current state, not its history.
class EventHub {
 public:
  void publish(std::string name, std::string data);
  // The latest event when newer than `after`; waits up to `timeout` for one. nullopt on
  // timeout or once closed.
  std::optional<Event> wait_after(std::uint64_t after, std::chrono::milliseconds timeout);
  std::uint64_t last_id() const;
  void close();  // wakes every stream so the server can stop
  bool closed() const;

 private:
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  Event latest_;
  bool closed_ = false;
};

}  // namespace itagen::server
