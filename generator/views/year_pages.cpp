// The pages of a fiscal year's results, measures, No Gift Policy, monitoring reports and
// committee, and the free pages, search page and 404 page.
#include "content/rounds.h"
#include "views/fragments.h"
#include "views/page_jobs.h"

namespace itagen::views {
namespace {

namespace routes = model::routes;
using Crumbs = std::vector<std::pair<std::string, std::string>>;

std::string y(int year) { return std::to_string(year); }

// Content files a page reads, for the preview server's rebuild decisions.
std::string scores_path(int year) { return "content/scores/" + y(year) + ".yaml"; }
std::string measures_path(int year) { return "content/measures/" + y(year) + ".yaml"; }
std::string committee_path(int year) { return "content/committee/" + y(year) + ".yaml"; }
std::string no_gift_path(int year) { return "content/no-gift/" + y(year) + ".yaml"; }

// A year's measures page and each measure's page read the same files.
std::set<std::string> measures_sources(const ViewContext& ctx, const content::MeasuresRecord& record, int year) {
  std::set<std::string> sources{measures_path(year), scores_path(record.based_on), committee_path(year)};
  if (auto it = ctx.model().content.reports.find(year); it != ctx.model().content.reports.end()) {
    for (const auto& r : it->second) sources.insert(r.where.path);
  }
  return sources;
}

}  // namespace

PageJob ita_history_job(const ViewContext& ctx, const Route& route) {
  PageJob job{route.path, "ita_history", [&ctx, path = route.path] {
                return with_meta({{"history", history_data(ctx)}},
                                 page_meta(ctx, path, "ผลการประเมิน ITA ย้อนหลัง", {}, "ita"));
              }, {}};
  for (const auto& r : ctx.model().results) job.sources.insert(scores_path(r.fiscal_year));
  return job;
}

PageJob ita_year_job(const ViewContext& ctx, const Route& route) {
  const auto* result = ctx.model().result_for(route.fiscal_year);
  return {route.path, "ita_year", [&ctx, result, path = route.path] {
            return with_meta({{"result", result_data(ctx, *result)}},
                             page_meta(ctx, path, "ผลการประเมิน ITA ปีงบประมาณ " + y(result->fiscal_year),
                                       Crumbs{{"ผลการประเมิน ITA", routes::ita_history()}}, "ita"));
          }, {scores_path(route.fiscal_year)}};
}

PageJob measures_job(const ViewContext& ctx, const Route& route) {
  const int fy = route.fiscal_year;
  const auto* record = &ctx.model().content.measures.at(fy);
  return {route.path, "measures", [&ctx, record, path = route.path, fy] {
            json measures = json::array();
            for (const auto& m : record->measures) measures.push_back(measure_data(ctx, *record, m));
            json data{{"year", fy},
                      {"approved", ctx.date(record->approved)},
                      {"committee_order", optional_text(record->committee_order)},
                      {"analysis", analysis_data(ctx, *record)},
                      {"measures", measures}};
            if (ctx.model().has_page(routes::committee(fy))) data["committee_url"] = ctx.url(routes::committee(fy));
            return with_meta(data, page_meta(ctx, path, "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ " + y(fy), {},
                                             "measures"));
          }, measures_sources(ctx, *record, fy)};
}

PageJob measure_job(const ViewContext& ctx, const Route& route) {
  const int fy = route.fiscal_year;
  const auto* record = &ctx.model().content.measures.at(fy);
  const auto* measure = &record->measures[route.index];
  return {route.path, "measure", [&ctx, record, measure, path = route.path, fy] {
            return with_meta({{"year", fy}, {"measure", measure_data(ctx, *record, *measure)}},
                             page_meta(ctx, path, measure->title,
                                       Crumbs{{"มาตรการ ปีงบประมาณ " + y(fy), routes::measures(fy)}}, "measures"));
          }, measures_sources(ctx, *record, fy)};
}

PageJob no_gift_job(const ViewContext& ctx, const Route& route) {
  const int year = route.fiscal_year;
  const auto* record = &ctx.model().content.no_gift.at(year);
  return {route.path, "no_gift", [&ctx, record, path = route.path] {
            return with_meta({{"no_gift", no_gift_data(ctx, *record)}},
                             page_meta(ctx, path,
                                       "นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ปีงบประมาณ " +
                                           y(record->fiscal_year),
                                       {}, "no-gift"));
          }, {no_gift_path(year), "content/no-gift/" + y(year) + ".md"}};
}

PageJob report_round_job(const ViewContext& ctx, const Route& route) {
  const int year = route.fiscal_year;
  const auto* report = &ctx.model().content.reports.at(year)[route.index];
  return {route.path, "report_round", [&ctx, report, path = route.path] {
            const int fy = report->fiscal_year;
            return with_meta({{"report", report_data(ctx, *report)}},
                             page_meta(ctx, path,
                                       "รายงานการกำกับติดตามการดำเนินการตามมาตรการ " + content::round_name(report->round) +
                                           " ปีงบประมาณ " + y(fy),
                                       Crumbs{{"มาตรการ ปีงบประมาณ " + y(fy), routes::measures(fy)}}, "measures"));
          }, {report->where.path, measures_path(year)}};
}

PageJob committee_job(const ViewContext& ctx, const Route& route) {
  const int year = route.fiscal_year;
  const auto* record = &ctx.model().content.committee.at(year);
  return {route.path, "committee", [&ctx, record, path = route.path] {
            return with_meta({{"committee", committee_data(ctx, *record)}},
                             page_meta(ctx, path,
                                       "คณะทำงานขับเคลื่อนการประเมิน ITA ปีงบประมาณ " + y(record->fiscal_year), {},
                                       "measures"));
          }, {committee_path(year), measures_path(year)}};
}

PageJob free_page_job(const ViewContext& ctx, const Route& route) {
  const auto* page = &ctx.model().content.pages[route.index];
  return {route.path, "page", [&ctx, page] {
            // The page's text is its Markdown's, from the same parse; the date is searchable too.
            markdown::Rendered body = ctx.md_body_rendered(page->body);
            json date = ctx.date(page->date);
            json search{{"text", std::move(body.text)}, {"more", date.is_null() ? json("") : date["text"]}};
            json data{{"body_html", std::move(body.html)}, {"date", std::move(date)}, {search_text_key, std::move(search)}};
            return with_meta(data, page_meta(ctx, page->slug, page->title, {}, "page:" + page->slug));
          }, {page->source_path}};
}

PageJob search_job(const ViewContext& ctx, const Route& route) {
  return {route.path, "search", [&ctx, path = route.path] {
            bool thai = ctx.site().numerals == thai::Numerals::kThai;
            return with_meta({{"numerals", thai ? "thai" : "arabic"}}, page_meta(ctx, path, "ค้นหา", {}, "search"));
          }, {}};
}

PageJob not_found_job(const ViewContext& ctx, const Route& route) {
  return {route.path, "not_found", [&ctx, path = route.path] {
            return with_meta(json::object(), page_meta(ctx, path, "ไม่พบหน้าที่ต้องการ", {}, ""));
          }, {}};
}

}  // namespace itagen::views
