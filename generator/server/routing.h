// Maps a request target to a file of the built site. Only exact keys of the built file map are
// ever served; anything that does not normalise cleanly (.., encoded slashes, NUL) is refused
// before a lookup, so nothing outside the site can be reached.
#pragma once

#include <string>
#include <string_view>

#include "server/site_snapshot.h"

namespace itagen::server {

struct Reply {
  int status = 200;
  std::string content_type;
  std::string body;
  std::string location;  // for redirects
  bool is_page = false;  // an HTML page: gets the live-reload script
};

constexpr std::size_t kMaxTargetLength = 2048;

// By file extension; application/octet-stream when unknown.
std::string content_type_for(std::string_view path);

// target is the raw request target, still percent-encoded ("/ita/measures/2567/?x=1"). The
// site answers under its base path and at "/"; "/" redirects to the base path when it has one.
Reply route(const SiteSnapshot& site, const std::string& target);

}  // namespace itagen::server
