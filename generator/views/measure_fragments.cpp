// Template data for the committee's analysis and its measures.
#include "content/rounds.h"
#include "views/fragments.h"

namespace itagen::views {
namespace {

json analysis_points(const ViewContext& ctx, const std::vector<content::AnalysisPoint>& points, int results_year) {
  json out = json::array();
  for (const auto& p : points) {
    out.push_back({{"indicator", indicator_ref(ctx, p.indicator, results_year)}, {"html", ctx.md(p.text)}});
  }
  return out;
}

json oit_item_link(const ViewContext& ctx, int year, const std::string& code) {
  json j{{"code", code}};
  std::string path = model::routes::oit_item(year, code);
  if (ctx.model().has_page(path)) j["href"] = ctx.url(path);
  if (auto it = ctx.model().oit.find(year); it != ctx.model().oit.end() && it->second.framework) {
    if (const auto* item = it->second.framework->find(code)) j["title"] = item->title;
  }
  return j;
}

}  // namespace

json analysis_data(const ViewContext& ctx, const content::MeasuresRecord& record) {
  const int basis = record.based_on;
  json limitations = json::array();
  for (const auto& l : record.limitations) limitations.push_back({{"area", l.area}, {"html", ctx.md(l.text)}});
  json j{{"based_on", basis},
         {"strengths", analysis_points(ctx, record.analysis.strengths, basis)},
         {"urgent", analysis_points(ctx, record.analysis.urgent, basis)},
         {"improve", analysis_points(ctx, record.analysis.improve, basis)},
         {"limitations", limitations},
         {"support_requests", ctx.md_list(record.support_requests)}};
  j["has_strengths"] = !j["strengths"].empty();
  j["has_urgent"] = !j["urgent"].empty();
  j["has_improve"] = !j["improve"].empty();
  j["has_limitations"] = !limitations.empty();
  j["has_support_requests"] = !j["support_requests"].empty();
  if (const auto* r = ctx.model().result_for(basis)) {
    if (r->total) j["result"] = result_data(ctx, *r);
  }
  return j;
}

json measure_data(const ViewContext& ctx, const content::MeasuresRecord& record, const content::Measure& m) {
  const int year = record.fiscal_year;
  json indicators = json::array();
  for (int n : m.indicators) indicators.push_back(indicator_ref(ctx, n, record.based_on));
  json items = json::array();
  for (const auto& code : m.items) items.push_back(oit_item_link(ctx, year, code));
  json responsible = json::array();
  for (const auto& r : m.responsible) {
    json people = json::array();
    for (const auto& p : r.people) people.push_back(p);
    responsible.push_back({{"group", r.group}, {"people", people}, {"has_people", !people.empty()}});
  }
  json rounds = json::array();
  for (const auto& round : m.monitoring.rounds) rounds.push_back(content::round_name(round));
  json supervisors = json::array();
  for (const auto& s : m.monitoring.supervisors) supervisors.push_back(s);

  json progress = json::array();
  if (auto it = ctx.model().progress.find(model::measure_key(year, m.id)); it != ctx.model().progress.end()) {
    for (const auto& p : it->second) {
      json entry{{"round", content::round_name(p.report->round)},
                 {"href", ctx.url(model::routes::report_round(year, p.report->round))},
                 {"as_of", ctx.date(p.report->as_of)},
                 {"status", status_label(p.entry->status)},
                 {"status_key", status_key(p.entry->status)},
                 {"results_html", ctx.md(p.entry->results)}};
      entry["progress"] = p.entry->progress ? json(*p.entry->progress) : json(nullptr);
      progress.push_back(std::move(entry));
    }
  }
  json meetings = json::array();
  if (auto it = ctx.model().meetings.find(model::measure_key(year, m.id)); it != ctx.model().meetings.end()) {
    for (const auto& ref : it->second) {
      meetings.push_back({{"date", ctx.date(ref.meeting->date)},
                          {"href", ctx.url(model::routes::committee(year)) + "#meetings"}});
    }
  }
  json steps = json::array();
  for (const auto& s : m.steps) steps.push_back({{"html", ctx.md_inline(s)}});

  return {{"id", m.id},
          {"title", m.title},
          {"url", ctx.url(model::routes::measure(year, m.id))},
          {"kind", kind_label(m.kind)},
          {"indicators", indicators},
          {"items", items},
          {"has_items", !items.empty()},
          {"issue_html", optional_text(ctx.md(m.issue))},
          {"steps", steps},
          {"responsible", responsible},
          {"period", {{"start", ctx.date(m.period_start)}, {"end", ctx.date(m.period_end)}}},
          {"supervisors", supervisors},
          {"has_supervisors", !supervisors.empty()},
          {"report_to", optional_text(m.monitoring.report_to)},
          {"rounds", rounds},
          {"has_monitoring", !supervisors.empty() || !m.monitoring.report_to.empty() || !rounds.empty()},
          {"monitoring_entries", progress},
          {"has_progress", !progress.empty()},
          {"meetings", meetings},
          {"has_meetings", !meetings.empty()}};
}

}  // namespace itagen::views
