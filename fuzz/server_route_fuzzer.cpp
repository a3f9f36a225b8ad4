// Fuzzes the preview server's request routing with raw request targets. Whatever the target,
// a 200 reply must carry one of the site's files, and nothing may be served for a target whose
// decoded path climbs out of the site.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "fuzz_support.h"
#include "server/routing.h"

using namespace itagen;

namespace {

server::SiteSnapshot make_site(const std::string& base) {
  const std::pair<const char*, const char*> kFiles[] = {
      {"index.html", "<p>home</p>"},          {"measures/2567/index.html", "<p>measures</p>"},
      {"404.html", "<p>not here</p>"},        {"sitemap.xml", "<urlset/>"},
      {"feed.xml", "<feed/>"},                {"data/ita.json", "{}"},
      {"files/a b.pdf", "%PDF"},              {"ita/index.html", "<p>a page named ita</p>"}};
  auto files = std::make_shared<server::FileMap>();
  for (const auto& [path, bytes] : kFiles) (*files)[path] = std::make_shared<const output::SharedFile>(std::string(bytes));
  server::SiteSnapshot s;
  s.files = files;
  s.base_path = base;
  return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const server::SiteSnapshot kRoot = make_site("/");
  static const server::SiteSnapshot kSub = make_site("/ita/");
  std::uint8_t selector;
  if (!fuzz::take_selector(data, size, selector)) return 0;
  std::string target(reinterpret_cast<const char*>(data), size);
  const server::SiteSnapshot& site = (selector & 1) ? kSub : kRoot;
  server::Reply r = server::route(site, target);
  if (r.status == 200) {
    bool found = false;
    for (const auto& [path, file] : *site.files) found = found || (file->bytes() == r.body);
    if (!found) std::abort();
    if (target.find("..") != std::string::npos && target.find('?') == std::string::npos &&
        target.find('#') == std::string::npos) {
      // A literal ".." segment must never be served.
      std::string t = "/" + target + "/";
      if (t.find("/../") != std::string::npos) std::abort();
    }
  }
  if ((r.status == 301 || r.status == 302) && (r.location.empty() || r.location[0] != '/' ||
                                               (r.location.size() > 1 && r.location[1] == '/'))) {
    std::abort();  // never an open redirect to another host ("//evil.example")
  }
  (void)server::content_type_for(target);
  return 0;
}
