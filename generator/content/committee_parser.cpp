// content/committee/<fy>.yaml: the committee's order, its members and its meetings.
#include "content/parsers.h"
#include "content/field_readers.h"
#include "content/text_checks.h"
#include "i18n/translate.h"

namespace itagen::content {
namespace {

using namespace detail;

std::optional<CommitteeOrder> read_order(Reader& r, const Value& v) {
  Fields f(r, v, {"number", "date", "title", "document"});
  if (!f.ok()) return std::nullopt;
  CommitteeOrder order;
  order.number = f.text("number", Need::kRequired);
  order.date = as_date(r, f.value("date"));
  order.title = f.text("title");
  Value document = f.value("document");
  order.document = as_text(r, document).value_or("");
  order.document_where = document.where;
  return order;
}

std::vector<Member> read_members(Reader& r, const Value& v) {
  std::vector<Member> out;
  for (const auto& element : as_list(r, v)) {
    Fields f(r, element, {"name", "position", "role"});
    if (!f.ok()) continue;
    Member m;
    m.name = f.text("name", Need::kRequired);
    m.position = f.text("position");
    m.role = f.text("role");
    out.push_back(std::move(m));
  }
  return out;
}

std::vector<Meeting> read_meetings(Reader& r, const Value& v) {
  std::vector<Meeting> out;
  for (const auto& element : as_list(r, v)) {
    Fields f(r, element, {"date", "time", "place", "agenda", "resolutions", "measures"});
    if (!f.ok()) continue;
    Meeting m;
    m.date = as_date(r, f.value("date", Need::kRequired));
    m.time = f.text("time");
    m.place = f.text("place");
    m.agenda = as_md_list(r, f.value("agenda"));
    m.resolutions = as_md_list(r, f.value("resolutions"));
    for (const auto& id : as_list(r, f.value("measures"))) {
      if (auto text = as_text(r, id)) m.measures.push_back({*text, id.where});
    }
    out.push_back(std::move(m));
  }
  return out;
}

std::optional<CommitteeRecord> read_committee(Reader& r, const Value& top) {
  Fields f(r, top, {"fiscal_year", "order", "members", "meetings"});
  CommitteeRecord rec;
  rec.where = f.where();
  auto year = read_fiscal_year(f, four_digit_year(stem(r.path())), i18n::tr("file name '{0}'", base_name(r.path())));
  if (!year) return std::nullopt;
  rec.fiscal_year = *year;
  rec.order = read_order(r, f.value("order"));
  rec.members = read_members(r, f.value("members"));
  rec.meetings = read_meetings(r, f.value("meetings"));
  return rec;
}

}  // namespace

std::optional<CommitteeRecord> parse_committee(std::string_view text, const std::string& path, diag::DiagnosticSink& sink) {
  return parse_yaml_file(text, path, sink, read_committee);
}

}  // namespace itagen::content
