// Site-wide template data (names, contact, footer) and per-page metadata (title, breadcrumbs,
// navigation with the current section marked).
#include "views/contact_links.h"
#include "views/pages.h"

namespace itagen::views {
namespace {

// A phone text as {before, number, rest, href}, computed here because a template cannot take
// the dashes and the extension out of "0-3400-0000 ต่อ 119"; null when there is nothing to dial.
json phone_data(const std::string& phone) {
  PhoneLink link = phone_link(phone);
  if (link.href.empty()) return nullptr;
  return {{"before", optional_text(link.before)},
          {"number", link.number},
          {"rest", optional_text(link.rest)},
          {"href", link.href}};
}

}  // namespace

json site_data(const ViewContext& ctx) {
  const auto& s = ctx.site();
  json channels = json::array();
  for (const auto& c : s.complaint_channels) {
    json ch{{"title", c.title}};
    if (!c.url.empty()) ch["url"] = c.url;
    if (!c.phone.empty()) {
      ch["phone"] = c.phone;
      ch["phone_link"] = phone_data(c.phone);
    }
    if (!c.email.empty()) ch["email"] = c.email;
    channels.push_back(ch);
  }
  json contact = json::object();
  auto put = [&](const char* key, const std::string& value) {
    if (!value.empty()) contact[key] = value;
  };
  put("address", s.contact.address);
  put("phone", s.contact.phone);
  if (!s.contact.phone.empty()) contact["phone_link"] = phone_data(s.contact.phone);
  put("email", s.contact.email);
  put("website", s.contact.website);
  put("facebook", s.contact.facebook);
  put("line", s.contact.line);
  if (!s.contact.line.empty()) contact["line_href"] = optional_text(line_href(s.contact.line));
  return {{"site",
           {{"name", s.name},
            {"short_name", s.short_name},
            {"name_en", optional_text(s.name_en)},
            {"home", ctx.url(model::routes::home())},
            {"assets", ctx.file_url(model::routes::theme_asset(""))},
            {"feed", ctx.file_url(model::routes::feed())},
            {"contact", contact},
            {"has_contact", !contact.empty()},
            {"complaint_channels", channels},
            {"has_complaint_channels", !channels.empty()},
            {"target", s.target.to_string()},
            {"numerals", s.numerals == thai::Numerals::kThai ? "thai" : "arabic"},
            {"generator", std::string("itagen ") + ITAGEN_VERSION}}}};
}

json page_meta(const ViewContext& ctx, const std::string& path, const std::string& title,
               const std::vector<std::pair<std::string, std::string>>& breadcrumbs, const std::string& section) {
  json nav = json::array();
  for (const auto& entry : ctx.navigation()) {
    nav.push_back({{"title", entry.title}, {"href", ctx.url(entry.path)}, {"current", entry.section == section}});
  }
  json crumbs = json::array();
  crumbs.push_back({{"title", "หน้าแรก"}, {"href", ctx.url(model::routes::home())}});
  for (const auto& [crumb_title, crumb_path] : breadcrumbs) {
    crumbs.push_back({{"title", crumb_title}, {"href", ctx.url(crumb_path)}});
  }
  std::string full_title = path.empty() ? ctx.site().name : title + " | " + ctx.site().short_name;
  json meta = {{"title", title},
          {"full_title", full_title},
          {"canonical", ctx.absolute_url(path)},
          {"nav", nav},
          {"breadcrumbs", crumbs},
          {"has_breadcrumbs", path != model::routes::home() && path != model::routes::not_found()},
          {"section", section}};
  // The official document that prints this page (documents: pdf), for its download link.
  if (const auto* document = ctx.model().document_for(path)) meta["document"] = {{"href", ctx.file_url(document->file)}};
  return meta;
}

}  // namespace itagen::views
