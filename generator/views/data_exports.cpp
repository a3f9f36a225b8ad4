// Open data: the results as JSON and CSV, and the OIT answer sheet (links.csv). Machine-readable
// files keep ASCII digits whatever the site's numerals.
#include "text/escape.h"
#include "views/site_files.h"

namespace itagen::views {

using text::html_escape;
using text::csv_field;
namespace routes = model::routes;

using nlohmann::json;

std::string ita_json(const ViewContext& ctx) {
  json years = json::array();
  for (const auto& r : ctx.model().results) {
    json year{{"fiscal_year", r.fiscal_year}};
    // Exact decimals travel as strings: a JSON number would invite binary floating point.
    if (r.total) year["total"] = r.total->to_string();
    // Each year's level in its own scale, and the scale's name.
    year["scale"] = r.framework->rating.scale;
    if (r.level) year["level"] = r.level->name;
    if (r.level) year["pass"] = r.level->pass;
    if (r.level_as_published) year["level_as_published"] = true;
    if (r.change) year["change"] = r.change->to_signed_string();
    if (r.record->rank) year["rank"] = *r.record->rank;
    if (r.record->of) year["of"] = *r.record->of;
    json indicators = json::object();
    for (const auto& [n, s] : r.scores.indicators) indicators[std::to_string(n)] = s.to_string();
    if (!indicators.empty()) year["indicators"] = indicators;
    json subs = json::object();
    for (const auto& [code, s] : r.scores.sub_indicators) subs[code] = s.to_string();
    if (!subs.empty()) year["sub_indicators"] = subs;
    json tools = json::object();
    for (const auto& [code, s] : r.scores.tools) tools[code] = s.to_string();
    if (!tools.empty()) year["tools"] = tools;
    json derived = json::array();
    for (const auto& d : r.scores.derived) derived.push_back(d);
    if (!derived.empty()) year["derived"] = derived;
    years.push_back(std::move(year));
  }
  json doc{{"office", ctx.site().name},
           {"short_name", ctx.site().short_name},
           {"target", ctx.site().target.to_string()},
           {"years", years}};
  return doc.dump(2) + "\n";
}

// Excel opens a CSV as UTF-8 only when it starts with a byte order mark; without it the Thai
// of level names, directions and titles turns into mojibake.
constexpr const char* kUtf8Bom = "\xEF\xBB\xBF";

std::string ita_history_csv(const ViewContext& ctx) {
  std::string out = kUtf8Bom;
  out += "fiscal_year,total,scale,level,pass,change,direction,rank,of\n";
  for (const auto& r : ctx.model().results) {
    if (!r.total) continue;
    out += std::to_string(r.fiscal_year) + "," + r.total->to_string() + ",";
    out += r.framework->rating.scale + ",";
    out += (r.level ? csv_field(r.level->name) : "") + ",";
    out += r.level ? (r.level->pass ? "yes," : "no,") : ",";
    out += (r.change ? r.change->to_signed_string() : "") + ",";
    out += (r.change ? csv_field(direction_label(r.direction)) : "") + ",";
    out += (r.record->rank ? std::to_string(*r.record->rank) : "") + ",";
    out += (r.record->of ? std::to_string(*r.record->of) : "") + "\n";
  }
  return out;
}

namespace {

// The answer as the ITAS form words it. A statement (nothing to publish this year) is the
// office's disclosure, so it answers มี like evidence does.
std::string itas_answer(const model::OitItemStatus& s) {
  if (s.item->not_applicable) return "ไม่ประเมิน";
  return s.present ? "มี" : "ไม่มี";
}

// Every evidence link in full, in the file's order, joined by " | ". A URL holds no space, so
// the separator can never be part of one; the cell stays one line, so rows keep one height;
// and copying the cell out of Excel gives plain text, where a cell with line breaks is copied
// wrapped in quotes, which would then be pasted into the ITAS form with the address.
std::string evidence_links(const ViewContext& ctx, const content::OitItemFile* file) {
  std::string out;
  if (!file) return out;
  for (const auto& e : file->evidence) {
    if (!out.empty()) out += " | ";
    out += ctx.absolute_evidence_url(e);
  }
  return out;
}

// 15/01/2567: day/month/Buddhist Era year, as Thai offices type dates in their spreadsheets.
// A spreadsheet that detects dates reads it in its locale's order and shows it in the same
// order, so the officer sees the figures written (Excel with the Thai Buddhist calendar even
// gets the right day; a US locale keeps 15/01/2567 as text). An ISO date (2567-01-15) is
// taken as a Common Era year everywhere and shown reordered, or as 3110 with the Buddhist
// calendar (tests/cli/csv_spreadsheet_test.sh opens the file in LibreOffice).
std::string slash_be_date(const thai::Date& d) {
  auto two = [](int n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); };
  return two(d.day) + "/" + two(d.month) + "/" + std::to_string(d.be_year());
}

}  // namespace

std::string oit_links_csv(const ViewContext& ctx, const model::OitYear& year) {
  // The ITAS answer sheet: what the officer copies into the assessment system, item by item.
  // One header row, in Thai with the words of the site's OIT pages, because its reader is that
  // officer in Excel; a program reads the columns by position, as docs/content.md lists them (a
  // second, English header row would be read as an item by every CSV reader).
  std::string out = kUtf8Bom;
  out += "ข้อ,รายการ,ตัวชี้วัดย่อย,คำตอบ,ลิงก์หน้าเว็บ,ลิงก์หลักฐาน,ปรับปรุงล่าสุด,คำอธิบายสำหรับผู้ประเมิน\n";
  for (const auto& group : year.groups) {
    for (const auto& s : group.items) {
      out += s.item->code + "," + csv_field(s.item->title) + "," + csv_field(group.sub_indicator->code) + ",";
      out += itas_answer(s) + ",";
      out += ctx.absolute_url(routes::oit_item(year.fiscal_year, s.item->code)) + ",";
      out += csv_field(evidence_links(ctx, s.file)) + ",";
      out += (s.file ? slash_be_date(s.file->updated) : std::string()) + ",";
      out += (s.file ? csv_field(s.file->assessor_note) : std::string()) + "\n";
    }
  }
  return out;
}

}  // namespace itagen::views
