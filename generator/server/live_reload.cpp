// The live-reload script, the server-rendered error overlay and the event hub.
#include "server/live_reload.h"

#include <sstream>

#include "text/escape.h"

namespace itagen::server {
namespace {

constexpr const char* kOverlayStyle =
    "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;margin:0;"
    "padding:1em;background:#fff5f5;color:#611;border-top:4px solid #c00;font:14px/1.4 monospace;"
    "box-shadow:0 -2px 12px rgba(0,0,0,.3)";

}  // namespace

const std::string& live_reload_script() {
  static const std::string kScript = std::string(R"JS(// itagen serve: reloads this page when the site is rebuilt.
(function () {
  'use strict';
  var me = document.currentScript;
  var generation = me ? me.getAttribute('data-generation') : '';
  var style = ')JS") + kOverlayStyle + R"JS(';
  function overlay() {
    var el = document.getElementById('itagen-error-overlay');
    if (!el) {
      el = document.createElement('div');
      el.id = 'itagen-error-overlay';
      el.setAttribute('role', 'alert');
      el.setAttribute('style', style);
      var title = document.createElement('strong');
      title.textContent = 'itagen: the last rebuild failed; this is the last good version of the page.';
      el.appendChild(title);
      el.appendChild(document.createElement('pre'));
      document.body.appendChild(el);
    }
    return el;
  }
  var source = new EventSource(')JS" + kEventsPath + R"JS(');
  source.addEventListener('hello', function (e) {
    if (e.data !== generation) location.reload();
  });
  source.addEventListener('reload', function () { location.reload(); });
  source.addEventListener('build-error', function (e) {
    overlay().querySelector('pre').textContent = e.data;
  });
})();
)JS";
  return kScript;
}

std::string inject_live_reload(const std::string& html, std::uint64_t generation, const std::string& error) {
  std::string extra;
  if (!error.empty()) {
    extra += std::string("<div id=\"itagen-error-overlay\" role=\"alert\" style=\"") + kOverlayStyle +
             "\"><strong>itagen: the last rebuild failed; this is the last good version of the page.</strong><pre>" +
             text::html_escape(error) + "</pre></div>\n";
  }
  extra += std::string("<script src=\"") + kScriptPath + "\" data-generation=\"" + std::to_string(generation) +
           "\"></script>\n";
  std::string out = html;
  std::size_t at = out.rfind("</body>");
  out.insert(at == std::string::npos ? out.size() : at, extra);
  return out;
}

std::string format_event(const std::string& name, const std::string& data) {
  std::string out = "event: " + name + "\n";
  std::istringstream lines(data);
  std::string line;
  bool any = false;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out += "data: " + line + "\n";
    any = true;
  }
  if (!any) out += "data: \n";
  return out + "\n";
}

void EventHub::publish(std::string name, std::string data) {
  {
    std::lock_guard lock(mutex_);
    latest_ = {latest_.id + 1, std::move(name), std::move(data)};
  }
  changed_.notify_all();
}

std::optional<Event> EventHub::wait_after(std::uint64_t after, std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, timeout, [&] { return closed_ || latest_.id > after; });
  if (closed_ || latest_.id <= after) return std::nullopt;
  return latest_;
}

std::uint64_t EventHub::last_id() const {
  std::lock_guard lock(mutex_);
  return latest_.id;
}

void EventHub::close() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
  }
  changed_.notify_all();
}

bool EventHub::closed() const {
  std::lock_guard lock(mutex_);
  return closed_;
}

}  // namespace itagen::server
