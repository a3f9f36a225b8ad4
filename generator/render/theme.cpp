// Theme lookup: the site's themes/<name>/ over the builtin default theme.
#include "render/theme.h"

#include "render/template_engine.h"
#include "i18n/translate.h"

namespace itagen::render {
namespace {

constexpr std::string_view kTemplateSuffix = ".mustache";

}  // namespace

Theme::Theme() : templates_(std::make_unique<CompiledTemplates>()) {}
Theme::Theme(Theme&&) noexcept = default;
Theme::~Theme() = default;

std::optional<Theme> Theme::load(const fs::FileSystem& site_files, const std::string& name,
                                 diag::DiagnosticSink& sink, const diag::SourceLocation& named_at) {
  const std::string site_dir = "themes/" + name;
  const bool site_has_theme = site_files.is_dir(site_dir);
  if (name != "default" && !site_has_theme) {
    sink.error(named_at, i18n::tr("unknown theme '{0}'", name),
               i18n::tr("create themes/{0}/ in the site folder, or use theme: default", name));
    return std::nullopt;
  }
  // Theme-relative path -> (text, path shown in messages).
  std::map<std::string, std::pair<std::string, std::string>> files;
  for (const auto& [rel, text] : builtin_theme_files()) files[rel] = {text, "themes/default/" + rel + " (builtin)"};
  if (site_has_theme) {
    for (const auto& path : site_files.list_files(site_dir)) {
      if (auto text = site_files.read(path)) files[path.substr(site_dir.size() + 1)] = {std::move(*text), path};
    }
  }

  Theme theme;
  const std::size_t errors_before = sink.error_count();
  for (const auto& [rel, entry] : files) {
    const auto& [text, path] = entry;
    if (rel.rfind("assets/", 0) == 0) {
      theme.assets_[rel.substr(7)] = text;
    } else if (rel.rfind("templates/partials/", 0) == 0 && rel.ends_with(kTemplateSuffix)) {
      std::string partial = rel.substr(19, rel.size() - 19 - kTemplateSuffix.size());
      theme.templates_->add_partial(partial, text, path);
    } else if (rel.rfind("templates/", 0) == 0 && rel.ends_with(kTemplateSuffix)) {
      std::string page_type = rel.substr(10, rel.size() - 10 - kTemplateSuffix.size());
      theme.templates_->add_template(page_type, text, path);
    }
  }
  theme.templates_->compile(sink);
  if (!theme.templates_->has("layout") && sink.error_count() == errors_before) {
    sink.error(named_at, i18n::tr("theme '{0}' has no templates/layout.mustache", name),
               i18n::tr("every theme needs a layout template that wraps each page"));
  }
  if (sink.error_count() > errors_before) return std::nullopt;
  return theme;
}

std::string Theme::render(const std::string& page_type, const nlohmann::json& page, const nlohmann::json& site) const {
  return templates_->render(page_type, page, site);
}

bool Theme::has_template(const std::string& page_type) const { return templates_->has(page_type); }

}  // namespace itagen::render
