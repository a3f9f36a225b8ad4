// Template data for the No Gift Policy, monitoring reports and the committee.
#include "content/rounds.h"
#include "views/fragments.h"

namespace itagen::views {
namespace {

// Whether the announcement's own text ends with its date, as a signed announcement does
// ("ประกาศ ณ วันที่ 9 ตุลาคม พ.ศ. 2566"): then the signature does not say it again. Spaces
// are left out of the comparison, since offices type them in different places.
bool states_announcement_date(const std::string& text) {
  std::string compact;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') continue;
    if (text.compare(i, 2, "\xC2\xA0") == 0) {  // no-break space
      ++i;
      continue;
    }
    compact += text[i];
  }
  return compact.find("ประกาศณวันที่") != std::string::npos;
}

}  // namespace

json no_gift_data(const ViewContext& ctx, const content::NoGiftRecord& record) {
  const auto& a = record.announcement;
  json announcement{{"title", a.title},
                    {"date", ctx.date(a.date)},
                    {"date_in_body", states_announcement_date(record.body.source)},
                    {"signer_name", optional_text(a.signed_by.name)},
                    {"signer_position", optional_text(a.signed_by.position)},
                    {"body_html", ctx.md_body(record.body)}};
  if (!a.document.empty()) announcement["document"] = ctx.file_url(a.document);
  json dissemination = json::array();
  for (const auto& d : record.dissemination) {
    json entry{{"date", ctx.date(d.date)},
               {"channel", channel_label(d.channel)},
               {"audience", d.audience},
               {"html", ctx.md_inline(d.text)}};
    ctx.put_evidence(entry, d.evidence);
    dissemination.push_back(std::move(entry));
  }
  json activities = json::array();
  for (const auto& act : record.activities) {
    json entry{{"date", ctx.date(act.date)}, {"title", act.title}, {"html", ctx.md(act.text)}};
    ctx.put_evidence(entry, act.evidence);
    activities.push_back(std::move(entry));
  }
  json j{{"year", record.fiscal_year},
         {"url", ctx.url(model::routes::no_gift(record.fiscal_year))},
         {"announcement", announcement},
         {"dissemination", dissemination},
         {"has_dissemination", !dissemination.empty()},
         {"activities", activities},
         {"has_activities", !activities.empty()}};
  if (record.report) {
    json report{{"as_of", ctx.date(record.report->as_of)}, {"html", ctx.md(record.report->text)}};
    ctx.put_evidence(report, record.report->evidence);
    if (record.report->gifts_received) report["gifts_received"] = *record.report->gifts_received;
    j["report"] = report;
  }
  return j;
}

json report_data(const ViewContext& ctx, const content::ReportRecord& report) {
  const int year = report.fiscal_year;
  const content::MeasuresRecord* measures = nullptr;
  if (auto it = ctx.model().content.measures.find(year); it != ctx.model().content.measures.end()) {
    measures = &it->second;
  }
  json entries = json::array();
  for (const auto& e : report.measures) {
    json entry{{"id", e.id},
               {"status", status_label(e.status)},
               {"status_key", status_key(e.status)},
               {"results_html", ctx.md(e.results)},
               {"problems_html", optional_text(ctx.md(e.problems))},
               {"href", ctx.url(model::routes::measure(year, e.id))}};
    entry["progress"] = e.progress ? json(*e.progress) : json(nullptr);
    ctx.put_evidence(entry, e.evidence);
    if (measures) {
      for (const auto& m : measures->measures) {
        if (m.id == e.id) entry["title"] = m.title;
      }
    }
    entries.push_back(std::move(entry));
  }
  return {{"year", year},
          {"round", report.round},
          {"round_label", content::round_name(report.round)},
          {"url", ctx.url(model::routes::report_round(year, report.round))},
          {"as_of", ctx.date(report.as_of)},
          {"summary_html", ctx.md(report.summary)},
          {"entries", entries}};
}

json committee_data(const ViewContext& ctx, const content::CommitteeRecord& record) {
  const int year = record.fiscal_year;
  json j{{"year", year}, {"url", ctx.url(model::routes::committee(year))}};
  if (record.order) {
    json order{{"number", record.order->number},
               {"date", ctx.date(record.order->date)},
               {"title", optional_text(record.order->title)}};
    if (!record.order->document.empty()) order["document"] = ctx.file_url(record.order->document);
    j["order"] = order;
  }
  json members = json::array();
  int index = 0;
  for (const auto& m : record.members) {
    members.push_back({{"index", ++index}, {"name", m.name}, {"position", m.position}, {"role", m.role}});
  }
  j["members"] = members;
  j["has_members"] = !members.empty();
  json meetings = json::array();
  for (const auto& m : record.meetings) {
    json measures = json::array();
    for (const auto& id : m.measures) {
      json ref{{"id", id.value}, {"href", ctx.url(model::routes::measure(year, id.value))}};
      if (auto it = ctx.model().content.measures.find(year); it != ctx.model().content.measures.end()) {
        for (const auto& measure : it->second.measures) {
          if (measure.id == id.value) ref["title"] = measure.title;
        }
      }
      measures.push_back(std::move(ref));
    }
    meetings.push_back({{"date", ctx.date(m.date)},
                        {"time", optional_text(m.time)},
                        {"place", optional_text(m.place)},
                        {"agenda", ctx.md_list(m.agenda)},
                        {"resolutions", ctx.md_list(m.resolutions)},
                        {"measures", measures},
                        {"has_measures", !measures.empty()}});
  }
  j["meetings"] = meetings;
  j["has_meetings"] = !meetings.empty();
  return j;
}

}  // namespace itagen::views
