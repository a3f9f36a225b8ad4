// Writes seeds for template_data_fuzzer: the data of every page of a site (the example site in
// the repository), as the byte selecting its template followed by the page data merged over the
// site data, one file per page. Usage: seed_template_data SITE_DIR OUT_DIR
#include <cstdio>
#include <fstream>
#include <map>
#include <string>

#include "content/load_site.h"
#include "content/parsers.h"
#include "fs/file_system.h"
#include "model/site_model.h"
#include "render/theme.h"
#include "views/pages.h"
#include "views/view_context.h"

using namespace itagen;

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s SITE_DIR OUT_DIR\n", argv[0]);
    return 2;
  }
  // The fuzzer numbers the built-in templates in this (sorted) order.
  std::map<std::string, int> index;
  const std::string kTemplates = "templates/", kExt = ".mustache";
  for (const auto& [path, text] : render::builtin_theme_files()) {
    if (path.rfind(kTemplates, 0) != 0 || path.find('/', kTemplates.size()) != std::string::npos) continue;
    if (path.size() <= kExt.size() || path.compare(path.size() - kExt.size(), kExt.size(), kExt) != 0) continue;
    int n = static_cast<int>(index.size());
    index[path.substr(kTemplates.size(), path.size() - kTemplates.size() - kExt.size())] = n;
  }
  fs::RealFileSystem files(argv[1]);
  diag::DiagnosticSink sink;
  auto content = content::load_site(files, sink);
  if (sink.has_errors()) {
    std::fprintf(stderr, "seed_template_data: the site has errors\n");
    return 1;
  }
  auto model = model::assemble(std::move(content), sink);
  views::ViewContext ctx(*model);
  nlohmann::json site = views::site_data(ctx);
  int written = 0;
  for (const auto& job : views::site_pages(ctx)) {
    auto it = index.find(job.type);
    if (it == index.end()) continue;
    nlohmann::json doc = site;
    doc.update(job.data());
    std::string name = std::string(argv[2]) + "/" + job.type + "-" + std::to_string(written++);
    std::ofstream out(name, std::ios::binary);
    out.put(static_cast<char>(it->second));
    out << doc.dump();
  }
  std::printf("seed_template_data: %d seeds\n", written);
  return 0;
}
