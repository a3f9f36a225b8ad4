// Enumerates every page of the site with the data its template needs. URLs are the contract's
// (shared/docs/content-model.md) and never change: assessors link to them.
#include <algorithm>

#include "views/fragments.h"
#include "views/pages.h"

namespace itagen::views {
namespace {

using Crumbs = std::vector<std::pair<std::string, std::string>>;

std::string y(int year) { return std::to_string(year); }

std::string scores_path(int year) { return "content/scores/" + y(year) + ".yaml"; }
std::string measures_path(int year) { return "content/measures/" + y(year) + ".yaml"; }
std::string committee_path(int year) { return "content/committee/" + y(year) + ".yaml"; }
std::string no_gift_path(int year) { return "content/no-gift/" + y(year) + ".yaml"; }

json with_meta(json data, json meta) {
  data["page"] = std::move(meta);
  return data;
}

void plan_ita(const ViewContext& ctx, std::vector<PageJob>& jobs) {
  const auto& m = ctx.model();
  if (m.results.empty()) return;
  PageJob history{"ita", "ita_history", [&ctx] {
                    return with_meta({{"history", history_data(ctx)}},
                                     page_meta(ctx, "ita", "ผลการประเมิน ITA ย้อนหลัง", {}, "ita"));
                  }, {}};
  for (const auto& r : m.results) history.sources.insert(scores_path(r.fiscal_year));
  jobs.push_back(std::move(history));
  for (const auto& r : m.results) {
    const auto* result = &r;
    std::string path = "ita/" + y(r.fiscal_year);
    jobs.push_back({path, "ita_year", [&ctx, result, path] {
                      return with_meta({{"result", result_data(ctx, *result)}},
                                       page_meta(ctx, path, "ผลการประเมิน ITA ปีงบประมาณ " + y(result->fiscal_year),
                                                 Crumbs{{"ผลการประเมิน ITA", "ita"}}, "ita"));
                    }, {scores_path(r.fiscal_year)}});
  }
}

void plan_measures(const ViewContext& ctx, std::vector<PageJob>& jobs) {
  for (const auto& [year, rec] : ctx.model().content.measures) {
    const auto* record = &rec;
    const int fy = year;
    std::string base = "measures/" + y(fy);
    std::set<std::string> sources{measures_path(fy), scores_path(record->based_on), committee_path(fy)};
    if (auto it = ctx.model().content.reports.find(fy); it != ctx.model().content.reports.end()) {
      for (const auto& r : it->second) sources.insert(r.where.path);
    }
    jobs.push_back({base, "measures", [&ctx, record, base, fy] {
                      json measures = json::array();
                      for (const auto& m : record->measures) measures.push_back(measure_data(ctx, *record, m));
                      json data{{"year", fy},
                                {"approved", ctx.date(record->approved)},
                                {"committee_order", record->committee_order},
                                {"analysis", analysis_data(ctx, *record)},
                                {"measures", measures}};
                      if (ctx.model().has_page("committee/" + y(fy))) data["committee_url"] = ctx.url("committee/" + y(fy));
                      return with_meta(data, page_meta(ctx, base, "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ " + y(fy),
                                                       {}, "measures"));
                    }, sources});
    for (const auto& m : rec.measures) {
      const auto* measure = &m;
      std::string path = base + "/" + m.id;
      jobs.push_back({path, "measure", [&ctx, record, measure, path, base, fy] {
                        return with_meta({{"year", fy}, {"measure", measure_data(ctx, *record, *measure)}},
                                         page_meta(ctx, path, measure->title,
                                                   Crumbs{{"มาตรการ ปีงบประมาณ " + y(fy), base}}, "measures"));
                      }, sources});
    }
  }
}

void plan_year_pages(const ViewContext& ctx, std::vector<PageJob>& jobs) {
  const auto& c = ctx.model().content;
  for (const auto& [year, rec] : c.no_gift) {
    const auto* record = &rec;
    std::string path = "no-gift/" + y(year);
    jobs.push_back({path, "no_gift", [&ctx, record, path] {
                      return with_meta({{"no_gift", no_gift_data(ctx, *record)}},
                                       page_meta(ctx, path, "นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ปีงบประมาณ " +
                                                                y(record->fiscal_year), {}, "no-gift"));
                    }, {no_gift_path(year), "content/no-gift/" + y(year) + ".md"}});
  }
  for (const auto& [year, reports] : c.reports) {
    for (const auto& rep : reports) {
      const auto* report = &rep;
      std::string path = "reports/" + y(year) + "/" + rep.round;
      jobs.push_back({path, "report_round", [&ctx, report, path] {
                        return with_meta({{"report", report_data(ctx, *report)}},
                                         page_meta(ctx, path,
                                                   "รายงานการกำกับติดตามการดำเนินการตามมาตรการ " + round_label(report->round) +
                                                       " ปีงบประมาณ " + y(report->fiscal_year),
                                                   Crumbs{{"มาตรการ ปีงบประมาณ " + y(report->fiscal_year),
                                                           "measures/" + y(report->fiscal_year)}},
                                                   "measures"));
                      }, {rep.where.path, measures_path(year)}});
    }
  }
  for (const auto& [year, rec] : c.committee) {
    const auto* record = &rec;
    std::string path = "committee/" + y(year);
    jobs.push_back({path, "committee", [&ctx, record, path] {
                      return with_meta({{"committee", committee_data(ctx, *record)}},
                                       page_meta(ctx, path, "คณะทำงานขับเคลื่อนการประเมิน ITA ปีงบประมาณ " + y(record->fiscal_year),
                                                 {}, "measures"));
                    }, {committee_path(year), measures_path(year)}});
  }
}

void plan_free_pages(const ViewContext& ctx, std::vector<PageJob>& jobs) {
  for (const auto& p : ctx.model().content.pages) {
    if (p.draft) continue;
    const auto* page = &p;
    jobs.push_back({p.slug, "page", [&ctx, page] {
                      json data{{"body_html", ctx.md_body(page->body)}, {"date", ctx.date(page->date)}};
                      return with_meta(data, page_meta(ctx, page->slug, page->title, {}, "page:" + page->slug));
                    }, {p.source_path}});
  }
  jobs.push_back({"search", "search", [&ctx] {
                    bool thai = ctx.site().numerals == thai::Numerals::kThai;
                    return with_meta({{"numerals", thai ? "thai" : "arabic"}},
                                     page_meta(ctx, "search", "ค้นหา", {}, "search"));
                  }, {}});
  jobs.push_back({"404", "not_found", [&ctx] {
                    return with_meta(json::object(), page_meta(ctx, "404", "ไม่พบหน้าที่ต้องการ", {}, ""));
                  }, {}});
}

}  // namespace

// Declared in the files that build them.
void plan_home(const ViewContext& ctx, std::vector<PageJob>& jobs);
void plan_oit(const ViewContext& ctx, std::vector<PageJob>& jobs);
void plan_annual_reports(const ViewContext& ctx, std::vector<PageJob>& jobs);

std::vector<PageJob> plan_pages(const ViewContext& ctx) {
  std::vector<PageJob> jobs;
  plan_home(ctx, jobs);
  plan_ita(ctx, jobs);
  plan_oit(ctx, jobs);
  plan_measures(ctx, jobs);
  plan_year_pages(ctx, jobs);
  plan_annual_reports(ctx, jobs);
  plan_free_pages(ctx, jobs);
  return jobs;
}

}  // namespace itagen::views
