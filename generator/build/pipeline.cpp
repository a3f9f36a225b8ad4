// The phases of a build, in order, with their timings.
#include "build/pipeline.h"

#include <chrono>

#include "build/render_pages.h"
#include "content/loader.h"
#include "render/theme.h"

namespace itagen::build {
namespace {

class PhaseTimer {
 public:
  explicit PhaseTimer(std::vector<PhaseTime>& out) : out_(out) {}
  void done(const char* phase) {
    auto now = std::chrono::steady_clock::now();
    out_.push_back({phase, std::chrono::duration<double, std::milli>(now - start_).count()});
    start_ = now;
  }

 private:
  std::vector<PhaseTime>& out_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace

std::string output_path_for(const std::string& page_path) {
  if (page_path.empty()) return "index.html";
  if (page_path == "404") return "404.html";
  return page_path + "/index.html";
}

Result run(const fs::FileSystem& files, output::OutputSink* sink, const Options& options, diag::DiagnosticSink& diags) {
  Result result;
  PhaseTimer timer(result.timings);

  content::SiteContent content = content::load_site(files, diags);
  timer.done("load");
  if (diags.has_errors()) return result;
  if (!options.base_url.empty()) {
    content.site.base_url = options.base_url;
    if (content.site.base_url.back() != '/') content.site.base_url += '/';
  }

  std::shared_ptr<const model::SiteModel> model = model::assemble(std::move(content), diags);
  timer.done("assemble+check");
  auto theme = render::Theme::load(files, model->content.site.theme, diags, model->content.site.theme_where);
  timer.done("theme");
  if (diags.has_errors() || !theme) return result;
  result.model = model;
  if (!options.render) {
    result.ok = true;
    return result;
  }

  RenderStats stats = render_site(*model, *theme, files, *sink, diags);
  timer.done("render+write");
  result.pages = stats.pages;
  result.files = stats.files;
  result.ok = !diags.has_errors() && stats.ok;
  return result;
}

}  // namespace itagen::build
