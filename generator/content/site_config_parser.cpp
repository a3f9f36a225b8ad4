// content/site.yaml: the office's names, base URL, numerals, target, theme and contacts.
#include "content/parsers.h"
#include "content/field_readers.h"
#include "content/text_checks.h"
#include "content/web_address.h"
#include "i18n/translate.h"

namespace itagen::content {
namespace {

using namespace detail;

bool is_theme_name(const std::string& name) {
  if (name.empty() || name.front() == '.') return false;
  for (char c : name) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
              c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

void read_base_url(Fields& f, SiteConfig& site) {
  Value v = f.value("base_url", Need::kRequired);
  auto url = as_text(f.reader(), v);
  if (!url) return;
  if (auto problem = base_url_problem(*url)) {
    f.reader().error(v.where, problem->message, problem->hint);
    return;
  }
  site.base_url = *url;
  if (site.base_url.back() != '/') site.base_url += '/';
}

// documents: pdf (or none); logo: a path under content/static/ (whether the file is there is
// the model's check, which knows the static files).
void read_documents(Fields& f, SiteConfig& site) {
  Reader& r = f.reader();
  Value documents = f.value("documents");
  site.documents_where = documents.where;
  if (auto choice = as_choice(r, documents, {"pdf", "none"}, "documents")) site.documents_pdf = *choice == "pdf";
  Value logo = f.value("logo");
  site.logo_where = logo.where;
  if (auto path = as_text(r, logo)) {
    std::string lower = *path;
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    bool image = lower.ends_with(".png") || lower.ends_with(".jpg") || lower.ends_with(".jpeg") ||
                 lower.ends_with(".svg");
    if (!image) {
      r.error(logo.where, i18n::tr("logo '{0}' is not a PNG, JPEG or SVG image", *path),
              i18n::tr("name an image under content/static/, such as files/logo.png"));
    } else {
      site.logo = *path;
    }
  }
}

void read_contact(Reader& r, const Value& v, Contact& contact) {
  Fields f(r, v, {"address", "phone", "email", "website", "facebook", "line"});
  contact.address = f.text("address");
  contact.phone = f.text("phone");
  contact.email = f.text("email");
  contact.website = url_field(f, "website");
  contact.facebook = url_field(f, "facebook");
  contact.line = link_or_text_field(f, "line");
}

void read_channels(Reader& r, const Value& v, std::vector<ComplaintChannel>& out) {
  for (const auto& element : as_list(r, v)) {
    Fields f(r, element, {"title", "url", "phone", "email"});
    if (!f.ok()) continue;
    ComplaintChannel c;
    c.where = f.where();
    c.title = f.text("title", Need::kRequired);
    c.url = url_field(f, "url");
    c.phone = f.text("phone");
    c.email = f.text("email");
    int given = !c.url.empty() + !c.phone.empty() + !c.email.empty();
    if (given != 1) {
      r.error(c.where,
              given == 0 ? i18n::tr("complaint channel needs one of 'url', 'phone' or 'email'")
                         : i18n::tr("complaint channel has more than one of 'url', 'phone' and 'email'"),
              i18n::tr("give exactly one way to complain per entry"));
    }
    out.push_back(std::move(c));
  }
}

std::optional<SiteConfig> read_site(Reader& r, const Value& top) {
  Fields f(r, top, {"name", "short_name", "name_en", "base_url", "numerals", "target", "theme", "unsafe_html",
                    "contact", "complaint_channels", "oit_deadline", "documents", "logo"});
  SiteConfig site;
  site.where = f.where();
  site.theme_where = {r.path(), 1, 1};
  site.name = f.text("name", Need::kRequired);
  site.short_name = f.text("short_name", Need::kRequired);
  site.name_en = f.text("name_en");
  read_base_url(f, site);
  if (auto numerals = as_choice(r, f.value("numerals"), {"thai", "arabic"}, "numerals")) {
    site.numerals = *numerals == "thai" ? thai::Numerals::kThai : thai::Numerals::kArabic;
  }
  if (auto target = as_score(r, f.value("target"))) site.target = *target;
  Value theme = f.value("theme");
  if (auto name = as_text(r, theme)) {
    if (is_theme_name(*name)) {
      site.theme = *name;
      site.theme_where = theme.where;
    } else {
      r.error(theme.where, i18n::tr("theme '{0}' is not a folder name", *name),
              i18n::tr("name a folder under themes/, such as default"));
    }
  }
  if (auto unsafe = as_bool(r, f.value("unsafe_html"))) site.unsafe_html = *unsafe;
  site.oit_deadline = as_date(r, f.value("oit_deadline"));
  read_documents(f, site);
  read_contact(r, f.value("contact"), site.contact);
  read_channels(r, f.value("complaint_channels"), site.complaint_channels);
  return site;
}

}  // namespace

std::optional<SiteConfig> parse_site_config(std::string_view text, const std::string& path, diag::DiagnosticSink& sink) {
  return parse_yaml_file(text, path, sink, read_site);
}

}  // namespace itagen::content
