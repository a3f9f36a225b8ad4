// Open data: the results as JSON and CSV, and the OIT links file. Machine-readable files keep
// ASCII digits whatever the site's numerals.
#include "text/escape.h"
#include "views/site_files.h"

namespace itagen::views {

using text::html_escape;
using text::csv_field;
namespace routes = model::routes;

using nlohmann::json;

std::string ita_json(const ViewContext& ctx) {
  json years = json::array();
  for (const auto& r : ctx.model().results) {
    json year{{"fiscal_year", r.fiscal_year}};
    // Exact decimals travel as strings: a JSON number would invite binary floating point.
    if (r.total) year["total"] = r.total->to_string();
    // Each year's level in its own scale, and the scale's name.
    year["scale"] = r.framework->rating.scale;
    if (r.level) year["level"] = r.level->name;
    if (r.level) year["pass"] = r.level->pass;
    if (r.level_as_published) year["level_as_published"] = true;
    if (r.change) year["change"] = r.change->to_signed_string();
    if (r.record->rank) year["rank"] = *r.record->rank;
    if (r.record->of) year["of"] = *r.record->of;
    json indicators = json::object();
    for (const auto& [n, s] : r.scores.indicators) indicators[std::to_string(n)] = s.to_string();
    if (!indicators.empty()) year["indicators"] = indicators;
    json subs = json::object();
    for (const auto& [code, s] : r.scores.sub_indicators) subs[code] = s.to_string();
    if (!subs.empty()) year["sub_indicators"] = subs;
    json tools = json::object();
    for (const auto& [code, s] : r.scores.tools) tools[code] = s.to_string();
    if (!tools.empty()) year["tools"] = tools;
    json derived = json::array();
    for (const auto& d : r.scores.derived) derived.push_back(d);
    if (!derived.empty()) year["derived"] = derived;
    years.push_back(std::move(year));
  }
  json doc{{"office", ctx.site().name},
           {"short_name", ctx.site().short_name},
           {"target", ctx.site().target.to_string()},
           {"years", years}};
  return doc.dump(2) + "\n";
}

std::string ita_history_csv(const ViewContext& ctx) {
  std::string out = "fiscal_year,total,scale,level,pass,change,direction,rank,of\n";
  for (const auto& r : ctx.model().results) {
    if (!r.total) continue;
    out += std::to_string(r.fiscal_year) + "," + r.total->to_string() + ",";
    out += r.framework->rating.scale + ",";
    out += (r.level ? csv_field(r.level->name) : "") + ",";
    out += r.level ? (r.level->pass ? "yes," : "no,") : ",";
    out += (r.change ? r.change->to_signed_string() : "") + ",";
    out += (r.change ? csv_field(direction_label(r.direction)) : "") + ",";
    out += (r.record->rank ? std::to_string(*r.record->rank) : "") + ",";
    out += (r.record->of ? std::to_string(*r.record->of) : "") + "\n";
  }
  return out;
}

std::string oit_links_csv(const ViewContext& ctx, const model::OitYear& year) {
  // What the office pastes into the assessment system: one public URL per item.
  std::string out = "\xEF\xBB\xBF";  // BOM: Excel opens UTF-8 Thai correctly only with it
  out += "item,title,sub_indicator,status,url\n";
  for (const auto& group : year.groups) {
    for (const auto& s : group.items) {
      out += s.item->code + "," + csv_field(s.item->title) + "," + group.sub_indicator->code + ",";
      out += s.item->not_applicable ? "not_applicable," : s.statement ? "statement," : s.present ? "present," : "missing,";
      out += ctx.absolute_url(routes::oit_item(year.fiscal_year, s.item->code)) + "\n";
    }
  }
  return out;
}

}  // namespace itagen::views
