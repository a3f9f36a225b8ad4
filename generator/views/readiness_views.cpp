// Readiness as JSON, CSV, Thai words and page data (readiness_views.h).
#include "views/readiness_views.h"

#include <chrono>
#include <map>

#include "content/rounds.h"
#include "text/escape.h"
#include "views/pages.h"

namespace itagen::views {
namespace {

using nlohmann::json;
namespace routes = model::routes;

std::string group_of(const model::ItemReadiness& i) {
  return i.responsible.empty() ? "ไม่ระบุผู้รับผิดชอบ" : i.responsible;
}

// Items by responsible group, groups in the order first seen in the year's list.
std::vector<std::pair<std::string, std::vector<const model::ItemReadiness*>>> by_group(const model::Readiness& r) {
  std::vector<std::pair<std::string, std::vector<const model::ItemReadiness*>>> groups;
  for (const auto& item : r.items) {
    const std::string g = group_of(item);
    auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& p) { return p.first == g; });
    if (it == groups.end()) it = groups.insert(groups.end(), {g, {}});
    it->second.push_back(&item);
  }
  return groups;
}

}  // namespace

long days_until(const thai::Date& today, const thai::Date& deadline) {
  using namespace std::chrono;
  auto day = [](const thai::Date& d) {
    return sys_days(year_month_day(year(d.year), month(static_cast<unsigned>(d.month)), std::chrono::day(static_cast<unsigned>(d.day))));
  };
  return (day(deadline) - day(today)).count();
}

std::string state_label(model::ItemState state) {
  switch (state) {
    case model::ItemState::kPublished: return "เผยแพร่แล้ว";
    case model::ItemState::kStatement: return "ชี้แจงแล้ว";
    case model::ItemState::kMissing: return "ยังไม่มี";
    case model::ItemState::kStale: return "ไม่เป็นปัจจุบัน";
    case model::ItemState::kBroken: return "ลิงก์เสีย";
  }
  return {};
}

std::string problem_text(const model::Problem& p, int fiscal_year) {
  const std::string fy = std::to_string(fiscal_year);
  switch (p.kind) {
    case model::Problem::Kind::kNoFile: return "ยังไม่มีไฟล์ของข้อนี้";
    case model::Problem::Kind::kNoEvidence: return "ยังไม่มีหลักฐาน (evidence) หรือคำชี้แจง (statement)";
    case model::Problem::Kind::kStale: return "ปรับปรุงล่าสุด " + p.detail + " อยู่นอกปีงบประมาณ " + fy;
    case model::Problem::Kind::kMissingFile: return "ไม่พบไฟล์ " + p.detail + " ใน content/static/";
    case model::Problem::Kind::kMissingPage: return "ไม่มีหน้า " + p.detail + " ในเว็บไซต์";
  }
  return {};
}

std::string gap_text(const model::Gap& g) {
  switch (g.kind) {
    case model::Gap::Kind::kWeakIndicator:
      return "ตัวชี้วัดที่ " + std::to_string(g.indicator) + " " + g.title + " ได้ " + g.score + " ในปี " +
             std::to_string(g.results_year) + " ต่ำกว่าค่าเป้าหมาย แต่ยังไม่มีมาตรการรองรับ";
    case model::Gap::Kind::kReportDue:
      return "รายงานการกำกับติดตาม" + content::round_name(g.round) + " ครบกำหนดแล้ว (" + thai::be_date(g.due) + ") แต่ยังไม่มีรายงาน";
    case model::Gap::Kind::kReportEmpty:
      return "รายงานการกำกับติดตาม" + content::round_name(g.round) + " ครบกำหนดแล้ว (" + thai::be_date(g.due) +
             ") แต่ยังไม่รายงานผลของมาตรการใด";
    case model::Gap::Kind::kNoGiftMissing: return "ยังไม่มีนโยบายไม่รับของขวัญ (No Gift Policy) ของปีนี้";
    case model::Gap::Kind::kNoGiftUnannounced: return "นโยบายไม่รับของขวัญยังไม่มีวันที่ประกาศ";
    case model::Gap::Kind::kNoCommitteeOrder: return "มาตรการได้รับความเห็นชอบแล้ว แต่ยังไม่ระบุคำสั่งคณะทำงาน (committee_order)";
  }
  return {};
}

json readiness_json(const model::Readiness& r, const thai::Date& today) {
  json items = json::array();
  std::map<std::string, int> states;
  for (auto s : {model::ItemState::kPublished, model::ItemState::kStatement, model::ItemState::kMissing,
                 model::ItemState::kStale, model::ItemState::kBroken}) {
    states[model::state_key(s)] = r.count(s);
  }
  json groups = json::object();
  for (const auto& item : r.items) {
    json problems = json::array();
    for (const auto& p : item.problems) {
      json pj{{"kind", model::problem_key(p.kind)}, {"text", problem_text(p, r.fiscal_year)}};
      if (!p.detail.empty()) pj["detail"] = p.detail;
      problems.push_back(std::move(pj));
    }
    items.push_back({{"code", item.item->code},
                     {"title", item.item->title},
                     {"sub_indicator", item.sub_indicator ? item.sub_indicator->code : std::string()},
                     {"state", model::state_key(item.state)},
                     {"responsible", item.responsible},
                     {"updated", item.file ? json(thai::be_date(item.file->updated)) : json(nullptr)},
                     {"file", item.file ? json(item.file->where.path) : json(nullptr)},
                     {"problems", problems}});
    json& g = groups[group_of(item)];
    if (g.is_null()) g = json::object();
    g[model::state_key(item.state)] = g.value(model::state_key(item.state), 0) + 1;
  }
  json gaps = json::array();
  for (const auto& g : r.gaps) gaps.push_back({{"kind", model::gap_key(g.kind)}, {"text", gap_text(g)}, {"path", g.path}});
  json out{{"fiscal_year", r.fiscal_year},
           {"today", thai::be_date(today)},
           {"deadline", r.deadline ? json(thai::be_date(*r.deadline)) : json(nullptr)},
           {"items", items},
           {"summary", {{"by_state", states}, {"by_group", groups}, {"total", r.items.size()}, {"not_ready", r.not_ready()}}},
           {"gaps", gaps}};
  if (r.deadline) out["days_to_deadline"] = days_until(today, *r.deadline);
  return out;
}

std::string readiness_csv(const model::Readiness& r) {
  std::string out = "\xEF\xBB\xBF";  // BOM: Excel opens UTF-8 Thai correctly only with it
  out += "code,title,sub_indicator,state,responsible,updated,problems\n";
  for (const auto& item : r.items) {
    std::string problems;
    for (const auto& p : item.problems) problems += (problems.empty() ? "" : "; ") + problem_text(p, r.fiscal_year);
    out += item.item->code + "," + text::csv_field(item.item->title) + "," +
           (item.sub_indicator ? item.sub_indicator->code : std::string()) + "," + model::state_key(item.state) + "," +
           text::csv_field(item.responsible) + "," + (item.file ? thai::be_date(item.file->updated) : std::string()) + "," +
           text::csv_field(problems) + "\n";
  }
  return out;
}

json readiness_page_data(const ViewContext& ctx, const model::Readiness& r, const thai::Date& today) {
  json groups = json::array();
  for (const auto& [name, items] : by_group(r)) {
    json rows = json::array();
    int ready = 0;
    for (const auto* item : items) {
      if (model::ready(item->state)) ++ready;
      json problems = json::array();
      for (const auto& p : item->problems) {
        // A missing file is what the state says already; the command to create it follows.
        if (p.kind != model::Problem::Kind::kNoFile) problems.push_back(problem_text(p, r.fiscal_year));
      }
      json row{{"code", item->item->code},
               {"title", item->item->title},
               {"href", ctx.url(routes::oit_item(r.fiscal_year, item->item->code))},
               {"state", state_label(item->state)},
               {"state_key", model::state_key(item->state)},
               {"ready", model::ready(item->state)},
               {"problems", problems},
               {"has_problems", !problems.empty()}};
      if (item->file) {
        row["file"] = item->file->where.path;
      } else {
        row["create"] = "itagen new oit " + item->item->code + " --year " + std::to_string(r.fiscal_year);
      }
      rows.push_back(std::move(row));
    }
    groups.push_back({{"name", name}, {"items", rows}, {"ready", ready}, {"total", items.size()}});
  }
  json gaps = json::array();
  for (const auto& g : r.gaps) gaps.push_back({{"text", gap_text(g)}, {"file", g.path}});
  json counts = json::array();
  for (auto s : {model::ItemState::kPublished, model::ItemState::kStatement, model::ItemState::kMissing,
                 model::ItemState::kStale, model::ItemState::kBroken}) {
    counts.push_back({{"label", state_label(s)}, {"key", model::state_key(s)}, {"count", r.count(s)}});
  }
  json data{{"year", r.fiscal_year},
            {"total", r.items.size()},
            {"ready", static_cast<int>(r.items.size()) - r.not_ready()},
            {"all_ready", r.not_ready() == 0 && r.gaps.empty()},
            {"counts", counts},
            {"groups", groups},
            {"gaps", gaps},
            {"has_gaps", !r.gaps.empty()},
            {"today", ctx.date(today)}};
  if (r.deadline) {
    long days = days_until(today, *r.deadline);
    data["deadline"] = ctx.date(*r.deadline);
    data["days_left"] = days;
    data["overdue"] = days < 0;
    data["overdue_days"] = -days;
  }
  data["page"] = page_meta(ctx, routes::status_page(), "ความพร้อมก่อนส่งผลการเปิดเผยข้อมูล (OIT) ปีงบประมาณ " + std::to_string(r.fiscal_year),
                           {}, "");
  data["page"]["noindex"] = true;
  return data;
}

PageJob status_job(const ViewContext& ctx, const model::Readiness& r, const thai::Date& today) {
  json data = readiness_page_data(ctx, r, today);
  return {routes::status_page(), "status", [data = std::move(data)] { return data; }, {}};
}

}  // namespace itagen::views
