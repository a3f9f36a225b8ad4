// kainjow::mustache wrapper: partials inlined at compile time, the site data converted to
// mustache data once per site object, each page's data layered on top of it.
#include "render/template_engine.h"
#include "i18n/translate.h"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <optional>
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

// A context that looks in the page data, then the site data.
class LayeredContext : public mu::basic_context<std::string> {
 public:
  LayeredContext(const mu::data* site, const mu::data* page) {
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
  // Partials are inlined before parsing (CompiledTemplates::compile), so none is looked up.
  const mu::data* get_partial(const std::string&) const override { return nullptr; }

 private:
  std::vector<const mu::data*> stack_;
};

}  // namespace

struct Source {
  std::string text;
  std::string path;
};

namespace {

// A partial tag, {{> name}} (spaces allowed inside the braces).
struct PartialTag {
  std::size_t pos = 0;
  std::size_t length = 0;
  std::string name;
};

// The first partial tag at or after from. Scanned by hand: std::regex took a third of the
// theme's compile time.
std::optional<PartialTag> next_partial_tag(const std::string& text, std::size_t from) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  auto name_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '/' || c == '-';
  };
  for (std::size_t open = text.find("{{>", from); open != std::string::npos; open = text.find("{{>", open + 1)) {
    std::size_t i = open + 3;
    while (i < text.size() && space(text[i])) ++i;
    const std::size_t name_start = i;
    while (i < text.size() && name_char(text[i])) ++i;
    const std::size_t name_end = i;
    while (i < text.size() && space(text[i])) ++i;
    if (name_end > name_start && text.compare(i, 2, "}}") == 0) {
      return PartialTag{open, i + 2 - open, text.substr(name_start, name_end - name_start)};
    }
  }
  return std::nullopt;
}

}  // namespace

// A kainjow message, once its position is taken off, in the language of the messages.
std::string template_message(const std::string& message) {
  static const std::regex kTag(R"(^tag '(.*)' is not closed with \}\}$)");
  static const std::regex kUnclosed(R"re(^Unclosed section "(.*)"$)re");
  static const std::regex kUnopened(R"re(^Unopened section "(.*)"$)re");
  std::smatch m;
  if (std::regex_match(message, m, kTag)) return i18n::tr("tag '{0}' is not closed with }}", m[1].str());
  if (std::regex_match(message, m, kUnclosed)) return i18n::tr("Unclosed section \"{0}\"", m[1].str());
  if (std::regex_match(message, m, kUnopened)) return i18n::tr("Unopened section \"{0}\"", m[1].str());
  return message;
}

// Where a kainjow message ("Unclosed section \"x\" at 34") points in the text: the byte
// offset becomes line and column, and leaves the message.
diag::SourceLocation locate_error(const Source& source, std::string* message) {
  // kainjow reads "{{a}</h1> ... {{#b}}" as one long tag, then complains about b: name the
  // tag that is not closed instead (unless the template changes its delimiters).
  if (source.text.find("{{=") == std::string::npos) {
    for (std::size_t open = source.text.find("{{"); open != std::string::npos;
         open = source.text.find("{{", open + 2)) {
      std::size_t close = source.text.find("}}", open + 2);
      std::size_t next = source.text.find("{{", open + 2);
      if (close == std::string::npos || (next != std::string::npos && next < close)) {
        // In kainjow's own form, " at <offset>", which the code below reads; template_message
        // translates what is left.
        *message = "tag '" +
                   source.text.substr(open, std::min<std::size_t>(source.text.find_first_of("\n<", open) - open, 40)) +
                   "' is not closed with }} at " + std::to_string(open);
        break;
      }
      open = close;
    }
  }
  static const std::regex kAt(R"( at ([0-9]+)$)");
  std::smatch m;
  if (!std::regex_search(*message, m, kAt)) return {source.path, 1, 1};
  std::size_t offset = std::min<std::size_t>(std::stoul(m[1]), source.text.size());
  *message = message->substr(0, static_cast<std::size_t>(m.position(0)));
  std::size_t line_start = source.text.rfind('\n', offset == 0 ? 0 : offset - 1);
  line_start = line_start == std::string::npos || offset == 0 ? 0 : line_start + 1;
  int line = 1 + static_cast<int>(std::count(source.text.begin(), source.text.begin() + static_cast<long>(line_start), '\n'));
  return {source.path, line, static_cast<int>(offset - line_start) + 1};
}

struct CompiledTemplates::Impl {
  std::map<std::string, Source> template_sources;
  std::map<std::string, Source> partial_sources;
  std::map<std::string, std::unique_ptr<mu::mustache>> templates;
  // The site data converted once; pages are rendered against the same site object.
  mutable std::mutex site_mutex;
  mutable const nlohmann::json* site_json = nullptr;
  mutable std::shared_ptr<const mu::data> site_data;

  // Replaces each {{> name}} in text by the partial's own (expanded) text. *budget counts the
  // inclusions left and goes negative to stop: partials that include themselves (or each other)
  // more than once would otherwise be expanded exponentially often and hang the build.
  bool expand(const Source& source, int depth, int* budget, std::string* out, diag::DiagnosticSink& sink) const {
    constexpr int kMaxDepth = 16;
    bool ok = true;
    std::size_t copied = 0;
    const std::string& text = source.text;
    for (auto tag = next_partial_tag(text, 0); tag; tag = next_partial_tag(text, copied)) {
      const std::size_t pos = tag->pos;
      out->append(text, copied, pos - copied);
      copied = pos + tag->length;
      int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(pos), '\n'));
      int column = static_cast<int>(pos - (pos == 0 ? 0 : text.rfind('\n', pos - 1) + 1)) + 1;
      const std::string& name = tag->name;
      auto partial = partial_sources.find(name);
      if (partial == partial_sources.end()) {
        sink.error({source.path, line, column}, i18n::tr("template names missing partial '{0}'", name),
                   i18n::tr("create templates/partials/{0}.mustache in the theme", name));
        ok = false;
      } else if (depth >= kMaxDepth) {
        sink.error({source.path, line, column}, i18n::tr("partial '{0}' includes itself", name),
                   i18n::tr("a partial may not use itself, directly or through another partial"));
        *budget = -1;
        return false;
      } else if (--*budget < 0) {
        sink.error({source.path, line, column}, i18n::tr("template includes partials too many times (more than 1000)"),
                   i18n::tr("nest fewer partials; a partial may never use itself"));
        return false;
      } else {
        ok = expand(partial->second, depth + 1, budget, out, sink) && ok;
        if (*budget < 0) return false;
      }
    }
    out->append(text, copied, std::string::npos);
    return ok;
  }
};

CompiledTemplates::CompiledTemplates() : impl_(std::make_unique<Impl>()) {}
CompiledTemplates::~CompiledTemplates() = default;

void CompiledTemplates::add_template(const std::string& name, const std::string& text, const std::string& path) {
  impl_->template_sources[name] = {text, path};
}

void CompiledTemplates::add_partial(const std::string& name, const std::string& text, const std::string& path) {
  impl_->partial_sources[name] = {text, path};
}

bool CompiledTemplates::compile(diag::DiagnosticSink& sink) {
  bool ok = true;
  // Parse each partial on its own first, so a syntax error names the partial's file.
  for (const auto& [name, source] : impl_->partial_sources) {
    mu::mustache probe(source.text);
    if (!probe.is_valid()) {
      std::string message = probe.error_message();
      diag::SourceLocation where = locate_error(source, &message);
      sink.error(where, i18n::tr("template error: {0}", template_message(message)),
                 i18n::tr("fix the Mustache syntax in the partial"));
      ok = false;
    }
  }
  const bool partials_ok = ok;
  for (const auto& [name, source] : impl_->template_sources) {
    // The template alone first, so that an error's position is one in its own file.
    mu::mustache probe(source.text);
    if (!probe.is_valid()) {
      std::string message = probe.error_message();
      diag::SourceLocation where = locate_error(source, &message);
      sink.error(where, i18n::tr("template error: {0}", template_message(message)),
                 i18n::tr("fix the Mustache syntax in the template"));
      ok = false;
      continue;
    }
    std::string expanded;
    int budget = 1000;
    if (!impl_->expand(source, 0, &budget, &expanded, sink)) {
      ok = false;
      continue;
    }
    auto tmpl = std::make_unique<mu::mustache>(expanded);
    if (!tmpl->is_valid()) {
      // With a broken partial inlined, the partial's own error above says what to fix.
      if (partials_ok) {
        sink.error({source.path, 1, 1},
                   i18n::tr("template error: {0} after inlining its partials", tmpl->error_message()),
                   i18n::tr("fix the Mustache syntax in the template"));
      }
      ok = false;
      continue;
    }
    impl_->templates[name] = std::move(tmpl);
  }
  return ok;
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
  LayeredContext context(site_data.get(), &page_data);
  // kainjow's render() is not const, but rendering does not change a parsed template.
  return it->second->render(context);
}

}  // namespace itagen::render
