// content/measures/<fy>.yaml: the committee's analysis of a year's results and its measures.
#include <map>

#include "content/parsers.h"
#include "content/rounds.h"
#include "content/field_readers.h"
#include "content/text_checks.h"
#include "i18n/translate.h"

namespace itagen::content {
namespace {

using namespace detail;


std::vector<AnalysisPoint> read_points(Reader& r, const Value& v) {
  std::vector<AnalysisPoint> out;
  for (const auto& element : as_list(r, v)) {
    Fields f(r, element, {"indicator", "text"});
    if (!f.ok()) continue;
    AnalysisPoint p;
    p.where = f.where();
    Value indicator = f.value("indicator", Need::kRequired);
    p.indicator = as_indicator(r, indicator).value_or(0);
    p.indicator_where = indicator.where;
    p.text = f.md("text", Need::kRequired);
    out.push_back(std::move(p));
  }
  return out;
}

void read_analysis(Reader& r, const Value& v, Analysis& a) {
  Fields f(r, v, {"strengths", "urgent", "improve"});
  a.strengths = read_points(r, f.value("strengths"));
  a.urgent = read_points(r, f.value("urgent"));
  a.improve = read_points(r, f.value("improve"));
}

std::vector<Limitation> read_limitations(Reader& r, const Value& v) {
  std::vector<Limitation> out;
  for (const auto& element : as_list(r, v)) {
    Fields f(r, element, {"area", "text"});
    if (!f.ok()) continue;
    Limitation l;
    l.area = f.text("area", Need::kRequired);
    l.text = f.md("text", Need::kRequired);
    out.push_back(std::move(l));
  }
  return out;
}

std::vector<Responsible> read_responsible(Reader& r, const Value& v) {
  std::vector<Responsible> out;
  for (const auto& element : as_list(r, v)) {
    Fields f(r, element, {"group", "people"});
    if (!f.ok()) continue;
    Responsible who;
    who.group = f.text("group", Need::kRequired);
    who.people = as_text_list(r, f.value("people"));
    out.push_back(std::move(who));
  }
  return out;
}

void read_period(Reader& r, const Value& v, Measure& m) {
  m.period_where = v.where;
  Fields f(r, v, {"start", "end"});
  auto start = as_date(r, f.value("start", Need::kRequired));
  auto end = as_date(r, f.value("end", Need::kRequired));
  if (start) m.period_start = *start;
  if (end) m.period_end = *end;
  if (start && end && *end < *start) {
    r.error(v.where, i18n::tr("period ends '{0}' before it starts '{1}'", f.text("end"), f.text("start")),
            i18n::tr("swap start and end, or correct the dates"));
  }
}

void read_monitoring(Reader& r, const Value& v, Monitoring& m) {
  Fields f(r, v, {"supervisors", "report_to", "rounds"});
  m.supervisors = as_text_list(r, f.value("supervisors"));
  m.report_to = f.text("report_to");
  for (const auto& element : as_list(r, f.value("rounds"))) {
    if (auto round = as_choice(r, element, round_codes(), "round")) m.rounds.push_back(*round);
  }
}

// signed_by: {name, position}, both needed: the signature block prints them on two lines.
void read_signer(Reader& r, const Value& v, Signer& signer) {
  if (!v.present()) return;
  if (!v.node.IsMap()) {
    r.error(v.where, i18n::tr("'signed_by' needs a name and a position"),
            // TRANSLATORS: the YAML after "as" is typed as it is; only its example values are Thai.
            i18n::tr("write it as signed_by: {name: นายตัวอย่าง ใจดี, position: ผู้อำนวยการ...}"));
    return;
  }
  Fields f(r, v, {"name", "position"});
  signer.name = f.text("name", Need::kRequired);
  signer.position = f.text("position", Need::kRequired);
}

// Reports a list with no entries. A list whose entries were all wrong says so already.
void require_some(Reader& r, const Value& v, bool empty) {
  if (v.present() && v.node.IsSequence() && v.node.size() == 0 && empty) {
    r.error(v.where, i18n::tr("'{0}' needs at least one entry", v.name),
            i18n::tr("add a '- ' line under '{0}:'", v.name));
  }
}

std::optional<Measure> read_measure(Reader& r, const Value& v) {
  Fields f(r, v, {"id", "title", "kind", "indicators", "items", "issue", "steps", "responsible", "period",
                  "monitoring"});
  if (!f.ok()) return std::nullopt;
  Measure m;
  m.where = f.where();
  Value id = f.value("id", Need::kRequired);
  m.id = as_text(r, id).value_or("");
  if (id.present() && !m.id.empty() && !is_valid_id(m.id)) {
    r.error(id.where, i18n::tr("measure id '{0}' may hold only a-z, 0-9 and '-'", m.id),
            i18n::tr("use lower-case letters, digits and hyphens, such as 'transparent-personnel'"));
  }
  m.title = f.text("title", Need::kRequired);
  if (auto kind = as_choice(r, f.value("kind"), {"urgent", "improve", "ongoing"}, "kind")) {
    m.kind = *kind == "improve" ? MeasureKind::kImprove : *kind == "ongoing" ? MeasureKind::kOngoing
                                                                              : MeasureKind::kUrgent;
  }
  Value indicators = f.value("indicators", Need::kRequired);
  m.indicators = as_indicator_list(r, indicators, &m.indicator_where);
  require_some(r, indicators, m.indicators.empty());
  m.items = as_item_code_list(r, f.value("items"), &m.item_where);
  m.issue = f.md("issue");
  Value steps = f.value("steps", Need::kRequired);
  m.steps = as_md_list(r, steps);
  require_some(r, steps, m.steps.empty());
  Value responsible = f.value("responsible", Need::kRequired);
  m.responsible = read_responsible(r, responsible);
  require_some(r, responsible, m.responsible.empty());
  Value period = f.value("period", Need::kRequired);
  m.period_where = period.where;
  if (period.present()) read_period(r, period, m);
  read_monitoring(r, f.value("monitoring"), m.monitoring);
  return m;
}

std::optional<MeasuresRecord> read_measures(Reader& r, const Value& top) {
  Fields f(r, top, {"fiscal_year", "based_on", "approved", "committee_order", "signed_by", "analysis",
                    "limitations", "support_requests", "measures"});
  MeasuresRecord rec;
  rec.where = f.where();
  auto year = read_fiscal_year(f, four_digit_year(stem(r.path())), i18n::tr("file name '{0}'", base_name(r.path())));
  if (!year) return std::nullopt;
  rec.fiscal_year = *year;
  rec.based_on = as_be_year(r, f.value("based_on")).value_or(*year - 1);
  rec.approved = as_date(r, f.value("approved"));
  rec.committee_order = f.text("committee_order");
  read_signer(r, f.value("signed_by"), rec.signed_by);
  read_analysis(r, f.value("analysis"), rec.analysis);
  rec.limitations = read_limitations(r, f.value("limitations"));
  rec.support_requests = as_md_list(r, f.value("support_requests"));
  std::map<std::string, int> first_line;
  for (const auto& element : as_list(r, f.value("measures"))) {
    auto m = read_measure(r, element);
    if (!m) continue;
    if (!m->id.empty()) {
      auto [seen, fresh] = first_line.emplace(m->id, m->where.line);
      if (!fresh) {
        r.error(m->where, i18n::tr("duplicate measure id '{0}'", m->id),
                i18n::tr("the first is on line {0}; give each measure its own id", std::to_string(seen->second)));
        continue;
      }
    }
    rec.measures.push_back(std::move(*m));
  }
  return rec;
}

}  // namespace

std::optional<MeasuresRecord> parse_measures(std::string_view text, const std::string& path, diag::DiagnosticSink& sink) {
  return parse_yaml_file(text, path, sink, read_measures);
}

}  // namespace itagen::content
