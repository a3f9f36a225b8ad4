// The home page (the office, its latest result, and the way to everything of the current year)
// and the annual report (/report/<fy>/): the whole year as one printable document, in the
// order the offices' own reports use.
#include "content/rounds.h"
#include "views/fragments.h"
#include "views/page_jobs.h"

namespace itagen::views {
namespace {

namespace routes = model::routes;

std::string y(int year) { return std::to_string(year); }

json year_links(const ViewContext& ctx, int year) {
  const auto& m = ctx.model();
  json links = json::array();
  auto add = [&](const std::string& path, const std::string& title, const std::string& note) {
    if (m.has_page(path)) links.push_back({{"href", ctx.url(path)}, {"title", title}, {"note", optional_text(note)}});
  };
  if (auto it = m.oit.find(year); it != m.oit.end()) {
    add(routes::oit_index(year), "การเปิดเผยข้อมูลสาธารณะ (OIT)",
        "เผยแพร่แล้ว " + std::to_string(it->second.present) + " จาก " +
            std::to_string(it->second.present + it->second.missing) + " รายการ");
  }
  if (auto it = m.content.measures.find(year); it != m.content.measures.end()) {
    add(routes::measures(year), "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        std::to_string(it->second.measures.size()) + " มาตรการ");
  }
  add(routes::no_gift(year), "นโยบายไม่รับของขวัญ (No Gift Policy)", "");
  if (auto it = m.content.reports.find(year); it != m.content.reports.end()) {
    for (const auto& r : it->second) {
      add(routes::report_round(year, r.round), "รายงานการกำกับติดตามมาตรการ " + content::round_name(r.round), "");
    }
  }
  add(routes::committee(year), "คณะทำงานและการประชุม", "");
  add(routes::annual_report(year), "รายงานประจำปี (ฉบับพิมพ์)", "");
  return links;
}

}  // namespace

PageJob home_job(const ViewContext& ctx, const Route& route) {
  return {route.path, "home", [&ctx] {
                    const auto& m = ctx.model();
                    json data = json::object();
                    if (const auto* latest = m.latest_result()) data["latest"] = result_data(ctx, *latest);
                    if (!m.results.empty()) data["history"] = history_data(ctx);
                    int year = m.current_year();
                    if (year) {
                      data["current_year"] = year;
                      data["year_links"] = year_links(ctx, year);
                    }
                    // A handful of office pages are listed; a portal with thousands lists its menu.
                    constexpr std::size_t kListAll = 50;
                    const bool list_all = m.content.pages.size() <= kListAll;
                    json pages = json::array();
                    for (const auto& p : m.content.pages) {
                      if (!p.draft && (list_all || p.menu == "main")) {
                        pages.push_back({{"title", p.title}, {"href", ctx.url(p.slug)}});
                      }
                    }
                    data["pages"] = pages;
                    data["has_pages"] = !pages.empty();
                    data["page"] = page_meta(ctx, routes::home(), ctx.site().name, {}, "home");
                    return data;
                  }, {}};
}

PageJob annual_report_job(const ViewContext& ctx, const Route& route) {
    const int year = route.fiscal_year;
    std::set<std::string> sources;  // empty: depends on everything of the year; rebuilt always
    return {route.path, "annual_report", [&ctx, year, path = route.path] {
                      const auto& c = ctx.model().content;
                      json data{{"year", year}};
                      if (auto it = c.measures.find(year); it != c.measures.end()) {
                        const auto& record = it->second;
                        data["analysis"] = analysis_data(ctx, record);
                        json measures = json::array();
                        for (const auto& m : record.measures) measures.push_back(measure_data(ctx, record, m));
                        data["measures"] = measures;
                        data["approved"] = ctx.date(record.approved);
                        data["committee_order"] = optional_text(record.committee_order);
                      }
                      data["history"] = history_data(ctx);
                      if (auto it = c.no_gift.find(year); it != c.no_gift.end()) data["no_gift"] = no_gift_data(ctx, it->second);
                      json reports = json::array();
                      if (auto it = c.reports.find(year); it != c.reports.end()) {
                        for (const auto& r : it->second) reports.push_back(report_data(ctx, r));
                      }
                      data["reports"] = reports;
                      data["has_reports"] = !reports.empty();
                      if (auto it = c.committee.find(year); it != c.committee.end()) {
                        data["committee"] = committee_data(ctx, it->second);
                      }
                      data["page"] = page_meta(ctx, path,
                                               "รายงานการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ " + y(year),
                                               {}, "report");
                      return data;
                    }, sources};
}

}  // namespace itagen::views
