// OIT pages: the index of a year's items grouped by sub-indicator with their status, and one
// page per item with what it must disclose and the evidence.
#include "views/page_jobs.h"

#include <algorithm>

namespace itagen::views {
namespace {

namespace routes = model::routes;

std::string y(int year) { return std::to_string(year); }

json item_summary(const ViewContext& ctx, int year, const model::OitItemStatus& s) {
  json j{{"code", s.item->code},
         {"title", s.item->title},
         {"href", ctx.url(routes::oit_item(year, s.item->code))},
         {"present", s.present},
         {"not_applicable", s.item->not_applicable},
         {"statement", s.statement},
         {"status", s.item->not_applicable ? "ไม่ประเมิน"
                    : s.statement          ? "ชี้แจงแล้ว (ไม่มีข้อมูลที่ต้องเผยแพร่)"
                    : s.present            ? "เผยแพร่แล้ว"
                                           : "ยังไม่เผยแพร่"},
         {"status_key", s.item->not_applicable ? "na" : s.statement ? "statement" : s.present ? "present" : "missing"}};
  if (s.file) j["updated"] = ctx.date(s.file->updated);
  j["responsible"] = optional_text(s.file ? s.file->responsible : std::string());
  return j;
}

// The requirements every item of the year lists ("information of the fiscal year assessed"):
// the year's rule, said once on each page rather than repeated in 43 lists. Only items that
// list requirements count, and it takes two of them to make a rule.
std::vector<std::string> year_rules(const model::OitYear& oy) {
  std::vector<const ita::OitItem*> items;
  for (const auto& g : oy.groups) {
    for (const auto& s : g.items) {
      if (!s.item->requirements.empty()) items.push_back(s.item);
    }
  }
  std::vector<std::string> rules;
  if (items.size() < 2) return rules;
  for (const auto& r : items.front()->requirements) {
    bool everywhere = std::all_of(items.begin(), items.end(), [&r](const ita::OitItem* item) {
      return std::find(item->requirements.begin(), item->requirements.end(), r) != item->requirements.end();
    });
    if (everywhere && std::find(rules.begin(), rules.end(), r) == rules.end()) rules.push_back(r);
  }
  return rules;
}

json year_rule(const std::vector<std::string>& rules) {
  std::string text;
  for (const auto& r : rules) text += (text.empty() ? "" : "; ") + r;
  return optional_text(text);
}

json index_data(const ViewContext& ctx, const model::OitYear& oy) {
  json groups = json::array();
  json missing = json::array();
  for (const auto& g : oy.groups) {
    json items = json::array();
    for (const auto& s : g.items) {
      json item = item_summary(ctx, oy.fiscal_year, s);
      if (!s.present && !s.item->not_applicable) missing.push_back(item);
      items.push_back(std::move(item));
    }
    groups.push_back({{"code", g.sub_indicator->code},
                      {"name", g.sub_indicator->title},
                      {"indicator", g.sub_indicator->indicator},
                      {"items", items}});
  }
  return {{"year", oy.fiscal_year},
          {"groups", groups},
          {"year_rule", year_rule(year_rules(oy))},
          {"present", oy.present},
          {"statements", oy.statements},
          {"has_statements", oy.statements > 0},
          {"missing_count", oy.missing},
          {"total", oy.present + oy.missing},
          {"missing", missing},
          {"has_missing", !missing.empty()},
          {"provisional", oy.provisional},
          {"catalog_year", oy.framework->fiscal_year},
          {"borrowed", oy.framework->fiscal_year != oy.fiscal_year},
          {"source", oy.framework->source},
          {"links_csv", ctx.file_url(routes::oit_links_csv(oy.fiscal_year))}};
}

json item_data(const ViewContext& ctx, const model::OitYear& oy, const model::OitGroup& group, std::size_t index) {
  const auto& s = group.items[index];
  json j = item_summary(ctx, oy.fiscal_year, s);
  j["sub_indicator"] = {{"code", group.sub_indicator->code}, {"name", group.sub_indicator->title}};
  const auto rules = year_rules(oy);
  json requirements = json::array();
  for (const auto& r : s.item->requirements) {
    if (std::find(rules.begin(), rules.end(), r) == rules.end()) requirements.push_back(r);
  }
  j["requirements"] = requirements;
  j["has_requirements"] = !requirements.empty();
  j["year_rule"] = year_rule(rules);
  j["has_criteria"] = !requirements.empty() || !rules.empty();
  j["year"] = oy.fiscal_year;
  j["index_url"] = ctx.url(routes::oit_index(oy.fiscal_year));
  if (s.file) {
    ctx.put_evidence(j, s.file->evidence);
    j["statement_html"] = ctx.md(s.file->statement);
    j["body_html"] = ctx.md_body(s.file->body);
  }
  return j;
}

}  // namespace

PageJob oit_index_job(const ViewContext& ctx, const Route& route) {
  const auto* oy = &ctx.model().oit.at(route.fiscal_year);
  std::set<std::string> sources;
  for (const auto& f : ctx.model().content.oit.at(route.fiscal_year)) sources.insert(f.where.path);
  return {route.path, "oit_index", [&ctx, oy, path = route.path] {
            json data = index_data(ctx, *oy);
            data["page"] = page_meta(ctx, path, "การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ " + y(oy->fiscal_year), {}, "oit");
            return data;
          }, sources};
}

PageJob oit_item_job(const ViewContext& ctx, const Route& route) {
  const auto* oy = &ctx.model().oit.at(route.fiscal_year);
  const auto* g = &oy->groups[route.index];
  const std::size_t i = route.sub;
  std::set<std::string> sources;
  if (g->items[i].file) sources.insert(g->items[i].file->where.path);
  return {route.path, "oit_item", [&ctx, oy, g, i, path = route.path] {
            const auto& item = *g->items[i].item;
            json data{{"item", item_data(ctx, *oy, *g, i)}};
            data["page"] = page_meta(ctx, path, item.code + " " + item.title,
                                     {{"OIT ปีงบประมาณ " + y(oy->fiscal_year), routes::oit_index(oy->fiscal_year)}}, "oit");
            return data;
          }, sources};
}

}  // namespace itagen::views
