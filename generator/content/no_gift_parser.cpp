// content/no-gift/<fy>.yaml (+ <fy>.md): the No Gift Policy announcement, how it was spread,
// the culture-building activities and the year's report.
#include "content/parsers.h"
#include "content/field_readers.h"
#include "content/text_checks.h"
#include "i18n/translate.h"

namespace itagen::content {
namespace {

using namespace detail;

const std::vector<std::string> kChannels = {"website", "amss",    "facebook",  "line",
                                            "letter",  "meeting", "signboard", "other"};

void read_announcement(Reader& r, const Value& v, Announcement& a) {
  Fields f(r, v, {"title", "date", "signed_by", "document"});
  a.title = f.text("title", Need::kRequired);
  a.date = as_date(r, f.value("date"));
  Fields signer(r, f.value("signed_by"), {"name", "position"});
  a.signed_by.name = signer.text("name");
  a.signed_by.position = signer.text("position");
  Value document = f.value("document");
  a.document = as_text(r, document).value_or("");
  a.document_where = document.where;
}

std::vector<Dissemination> read_dissemination(Reader& r, const Value& v) {
  std::vector<Dissemination> out;
  for (const auto& element : as_list(r, v)) {
    Fields f(r, element, {"date", "channel", "audience", "text", "evidence"});
    if (!f.ok()) continue;
    Dissemination d;
    d.date = as_date(r, f.value("date"));
    d.channel = as_choice(r, f.value("channel", Need::kRequired), kChannels, "channel").value_or("");
    d.audience = f.text("audience");
    d.text = f.md("text");
    d.evidence = as_evidence_list(r, f.value("evidence"));
    out.push_back(std::move(d));
  }
  return out;
}

std::vector<Activity> read_activities(Reader& r, const Value& v) {
  std::vector<Activity> out;
  for (const auto& element : as_list(r, v)) {
    Fields f(r, element, {"date", "title", "text", "evidence"});
    if (!f.ok()) continue;
    Activity a;
    a.date = as_date(r, f.value("date"));
    a.title = f.text("title", Need::kRequired);
    a.text = f.md("text");
    a.evidence = as_evidence_list(r, f.value("evidence"));
    out.push_back(std::move(a));
  }
  return out;
}

std::optional<NoGiftReport> read_report(Reader& r, const Value& v) {
  Fields f(r, v, {"as_of", "gifts_received", "text", "evidence"});
  if (!f.ok()) return std::nullopt;
  NoGiftReport report;
  report.as_of = as_date(r, f.value("as_of"));
  Value gifts = f.value("gifts_received");
  report.gifts_received = as_int(r, gifts);
  if (report.gifts_received && *report.gifts_received < 0) {
    r.error(gifts.where, i18n::tr("'gifts_received' must not be negative"),
            i18n::tr("write 0 when no gift was received"));
    report.gifts_received.reset();
  }
  report.text = f.md("text");
  report.evidence = as_evidence_list(r, f.value("evidence"));
  return report;
}

// The announcement text: plain Markdown; a front matter block, if any, holds no fields.
Markdown read_body(std::string_view md_text, const std::string& md_path, diag::DiagnosticSink& sink) {
  if (md_text.empty() || !check_encoding(md_text, md_path, 0, sink)) return {};
  std::string_view text = md_text.substr(0, 3) == "\xEF\xBB\xBF" ? md_text.substr(3) : md_text;
  if (text.substr(0, 3) != "---") return Markdown{std::string(text), {md_path, 1, 1}};
  auto fm = split_front_matter(text, md_path, sink);
  if (!fm) return {};
  Reader r(md_path, fm->yaml_first_line - 1, sink);
  guarded(r, [&]() -> bool {
    auto doc = load_yaml(fm->yaml, r, false);
    if (!doc) return false;
    auto map = front_matter_map(*doc, r);
    if (map) Fields(r, *map, {});  // every key is unknown: warn about each
    return true;
  });
  return Markdown{fm->body, {md_path, fm->body_first_line, 1}};
}

std::optional<NoGiftRecord> read_no_gift(Reader& r, const Value& top) {
  Fields f(r, top, {"fiscal_year", "announcement", "dissemination", "activities", "report"});
  NoGiftRecord rec;
  rec.where = f.where();
  auto year = read_fiscal_year(f, four_digit_year(stem(r.path())), i18n::tr("file name '{0}'", base_name(r.path())));
  if (!year) return std::nullopt;
  rec.fiscal_year = *year;
  read_announcement(r, f.value("announcement", Need::kRequired), rec.announcement);
  rec.dissemination = read_dissemination(r, f.value("dissemination"));
  rec.activities = read_activities(r, f.value("activities"));
  rec.report = read_report(r, f.value("report"));
  return rec;
}

}  // namespace

std::optional<NoGiftRecord> parse_no_gift(std::string_view text, const std::string& path, std::string_view md_text,
                                          const std::string& md_path, diag::DiagnosticSink& sink) {
  Reader r(path, 0, sink);
  auto rec = guarded(r, [&]() -> std::optional<NoGiftRecord> {
    auto top = open_yaml_file(text, r);
    if (!top) return std::nullopt;
    return read_no_gift(r, *top);
  });
  if (rec) rec->body = read_body(md_text, md_path, sink);
  return rec;
}

}  // namespace itagen::content
