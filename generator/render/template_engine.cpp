// kainjow::mustache wrapper. The site data converted to mustache data once per site object
// (cached by address and size), partials held as data entries the context can find.
#include "render/template_engine.h"

#include <kainjow/mustache.hpp>

#include <mutex>
#include <regex>

namespace itagen::render {
namespace mu = kainjow::mustache;

namespace {

mu::data to_data(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::object: {
      mu::data d{mu::data::type::object};
      for (auto it = j.begin(); it != j.end(); ++it) d.set(it.key(), to_data(it.value()));
      return d;
    }
    case nlohmann::json::value_t::array: {
      mu::data d{mu::data::type::list};
      for (const auto& e : j) d.push_back(to_data(e));
      return d;
    }
    case nlohmann::json::value_t::string:
      return mu::data{j.get_ref<const std::string&>()};
    case nlohmann::json::value_t::boolean:
      return mu::data{j.get<bool>()};
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
      return mu::data{j.dump()};
    default:
      return mu::data{false};
  }
}

// A context that looks in the page data, then the site data, then the partials.
class LayeredContext : public mu::basic_context<std::string> {
 public:
  LayeredContext(const mu::data* site, const mu::data* page, const std::map<std::string, mu::data>* partials)
      : partials_(partials) {
    stack_.push_back(page);
    stack_.push_back(site);
  }
  void push(const mu::data* data) override { stack_.insert(stack_.begin(), data); }
  void pop() override { stack_.erase(stack_.begin()); }
  const mu::data* get(const std::string& name) const override {
    if (name == ".") return stack_.front();
    for (const auto* item : stack_) {
      const mu::data* var = item;
      std::size_t start = 0;
      while (var) {
        std::size_t dot = name.find('.', start);
        var = var->get(name.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
        if (dot == std::string::npos) break;
        start = dot + 1;
      }
      if (var) return var;
    }
    return nullptr;
  }
  const mu::data* get_partial(const std::string& name) const override {
    auto it = partials_->find(name);
    return it == partials_->end() ? nullptr : &it->second;
  }

 private:
  std::vector<const mu::data*> stack_;
  const std::map<std::string, mu::data>* partials_;
};

}  // namespace

struct CompiledTemplates::Impl {
  std::map<std::string, std::unique_ptr<mu::mustache>> templates;
  std::map<std::string, std::string> sources;       // name -> text, for the partial check
  std::map<std::string, std::string> source_paths;  // name -> path
  std::map<std::string, mu::data> partials;
  // The site data converted once; pages are rendered against the same site object.
  mutable std::mutex site_mutex;
  mutable const nlohmann::json* site_json = nullptr;
  mutable std::shared_ptr<const mu::data> site_data;
};

CompiledTemplates::CompiledTemplates() : impl_(std::make_unique<Impl>()) {}
CompiledTemplates::~CompiledTemplates() = default;

bool CompiledTemplates::add_template(const std::string& name, const std::string& text, const std::string& path,
                                     diag::DiagnosticSink& sink) {
  auto tmpl = std::make_unique<mu::mustache>(text);
  if (!tmpl->is_valid()) {
    sink.error({path, 0, 0}, "template error: " + tmpl->error_message(), "fix the Mustache syntax in the template");
    return false;
  }
  impl_->templates[name] = std::move(tmpl);
  impl_->sources[name] = text;
  impl_->source_paths[name] = path;
  return true;
}

bool CompiledTemplates::add_partial(const std::string& name, const std::string& text, const std::string& path,
                                    diag::DiagnosticSink& sink) {
  // Partials are parsed again where they are used; parse once here so a syntax error is a
  // build error rather than a silently empty fragment.
  mu::mustache probe(text);
  if (!probe.is_valid()) {
    sink.error({path, 0, 0}, "template error: " + probe.error_message(), "fix the Mustache syntax in the partial");
    return false;
  }
  impl_->partials.insert_or_assign(name, mu::data{mu::partial{[text] { return text; }}});
  impl_->sources["partials/" + name] = text;
  impl_->source_paths["partials/" + name] = path;
  return true;
}

void CompiledTemplates::check_partials(diag::DiagnosticSink& sink) const {
  static const std::regex kPartialTag(R"(\{\{>\s*([A-Za-z0-9_./-]+)\s*\}\})");
  for (const auto& [name, text] : impl_->sources) {
    int line = 1;
    std::size_t line_start = 0;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), kPartialTag); it != std::sregex_iterator(); ++it) {
      std::size_t pos = static_cast<std::size_t>(it->position());
      for (std::size_t i = line_start; i < pos; ++i) {
        if (text[i] == '\n') ++line;
      }
      line_start = pos;
      std::string partial = (*it)[1];
      if (!impl_->partials.count(partial)) {
        auto path_it = impl_->source_paths.find(name);
        std::string path = path_it != impl_->source_paths.end() ? path_it->second : "templates/" + name + ".mustache";
        sink.error({path, line, 0}, "template names missing partial '" + partial + "'",
                   "create templates/partials/" + partial + ".mustache in the theme");
      }
    }
  }
}

bool CompiledTemplates::has(const std::string& name) const { return impl_->templates.count(name) > 0; }

std::string CompiledTemplates::render(const std::string& name, const nlohmann::json& page,
                                      const nlohmann::json& site) const {
  auto it = impl_->templates.find(name);
  if (it == impl_->templates.end()) return {};
  std::shared_ptr<const mu::data> site_data;
  {
    std::lock_guard<std::mutex> lock(impl_->site_mutex);
    if (impl_->site_json != &site || !impl_->site_data) {
      impl_->site_data = std::make_shared<mu::data>(to_data(site));
      impl_->site_json = &site;
    }
    site_data = impl_->site_data;
  }
  mu::data page_data = to_data(page);
  LayeredContext context(site_data.get(), &page_data, &impl_->partials);
  // kainjow's render() is not const, but rendering does not change a parsed template.
  return it->second->render(context);
}

}  // namespace itagen::render
