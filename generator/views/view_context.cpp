// URL building, formatting and labels shared by every view.
#include "views/view_context.h"

#include <algorithm>

namespace itagen::views {

namespace {

std::vector<NavEntry> build_navigation(const model::SiteModel& m) {
  const int current = m.current_year();
  namespace routes = model::routes;
  std::vector<NavEntry> nav = {{"home", "หน้าแรก", routes::home()}};
  if (!m.results.empty()) nav.push_back({"ita", "ผลการประเมิน ITA", routes::ita_history()});
  if (m.oit.count(current)) nav.push_back({"oit", "การเปิดเผยข้อมูล (OIT)", routes::oit_index(current)});
  if (m.content.measures.count(current)) nav.push_back({"measures", "มาตรการ", routes::measures(current)});
  if (m.content.no_gift.count(current)) nav.push_back({"no-gift", "No Gift Policy", routes::no_gift(current)});
  if (m.report_years.count(current)) nav.push_back({"report", "รายงานประจำปี", routes::annual_report(current)});
  std::vector<const content::PageRecord*> menu_pages;
  for (const auto& p : m.content.pages) {
    if (!p.draft && p.menu == "main") menu_pages.push_back(&p);
  }
  std::stable_sort(menu_pages.begin(), menu_pages.end(),
                   [](const auto* a, const auto* b) { return a->weight < b->weight; });
  for (const auto* p : menu_pages) nav.push_back({"page:" + p->slug, p->title, p->slug});
  return nav;
}

}  // namespace

ViewContext::ViewContext(const model::SiteModel& model) : model_(model), urls_(model.content.site.base_url) {
  body_markdown_.unsafe_html = model.content.site.unsafe_html;
  navigation_ = build_navigation(model);
}

std::string ViewContext::md(const content::Markdown& text) const {
  return text.empty() ? std::string() : markdown::to_html(text.source, markdown_);
}

std::string ViewContext::md_inline(const content::Markdown& text) const {
  return text.empty() ? std::string() : markdown::to_inline_html(text.source, markdown_);
}

std::string ViewContext::md_body(const content::Markdown& text) const {
  return text.empty() ? std::string() : markdown::to_html(text.source, body_markdown_);
}

markdown::Rendered ViewContext::md_body_rendered(const content::Markdown& text) const {
  if (auto it = prerendered_.find(&text); it != prerendered_.end()) return it->second;
  return text.empty() ? markdown::Rendered{} : markdown::render(text.source, body_markdown_);
}

json ViewContext::md_list(const std::vector<content::Markdown>& items) const {
  json out = json::array();
  for (const auto& item : items) out.push_back({{"html", md_inline(item)}});
  return out;
}

namespace {

// A page named by evidence may be written "/measures/2567/"; routes take "measures/2567".
std::string page_path(std::string page) {
  while (!page.empty() && page.front() == '/') page.erase(0, 1);
  while (!page.empty() && page.back() == '/') page.pop_back();
  return page;
}

}  // namespace

// The output file of the document that prints a page ("measures/2567" -> its measures.pdf).
// The checks made sure it exists; an unknown one (a build with errors) links to the page.
std::string ViewContext::document_file(const std::string& page) const {
  std::string p = page_path(page);
  if (const auto* d = model_.document_for(p)) return d->file;
  return p;
}

std::string ViewContext::evidence_url(const content::Evidence& e) const {
  if (!e.file.empty()) return file_url(e.file);
  if (!e.url.empty()) return e.url;
  if (!e.document.empty()) return file_url(document_file(e.document));
  return url(page_path(e.page));
}

std::string ViewContext::absolute_evidence_url(const content::Evidence& e) const {
  if (!e.file.empty()) return absolute_file_url(e.file);
  if (!e.url.empty()) return e.url;
  if (!e.document.empty()) return absolute_file_url(document_file(e.document));
  return absolute_url(page_path(e.page));
}

json ViewContext::evidence(const std::vector<content::Evidence>& items) const {
  json out = json::array();
  for (const auto& e : items) {
    json j{{"title", e.title}, {"href", evidence_url(e)}};
    if (!e.document.empty()) {
      j["is_file"] = true;
      j["format"] = "pdf";
    } else if (!e.file.empty()) {
      j["is_file"] = true;
      std::size_t dot = e.file.rfind('.');
      if (dot != std::string::npos) j["format"] = e.file.substr(dot + 1);
    } else if (!e.url.empty()) {
      j["is_external"] = true;
    } else {
      j["is_page"] = true;
    }
    if (e.title.empty()) j["title"] = j["href"];
    out.push_back(std::move(j));
  }
  return out;
}

void ViewContext::put_evidence(json& target, const std::vector<content::Evidence>& items) const {
  target["evidence"] = evidence(items);
  target["has_evidence"] = !items.empty();
}

json ViewContext::date(const thai::Date& d) const {
  // Digits are localised for the whole page at the end; here they stay ASCII.
  return {{"text", thai::thai_long_date(d, thai::Numerals::kArabic)},
          {"short", thai::thai_short_date(d, thai::Numerals::kArabic)},
          {"iso", thai::iso_date(d)}};
}

json ViewContext::date(const std::optional<thai::Date>& d) const { return d ? date(*d) : json(nullptr); }

json optional_text(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

std::string kind_label(content::MeasureKind kind) {
  switch (kind) {
    case content::MeasureKind::kUrgent: return "แก้ไขโดยเร่งด่วน";
    case content::MeasureKind::kImprove: return "พัฒนาให้ดีขึ้น";
    case content::MeasureKind::kOngoing: return "ดำเนินการต่อเนื่อง";
  }
  return {};
}

std::string status_label(content::ReportStatus status) {
  switch (status) {
    case content::ReportStatus::kPlanned: return "ยังไม่เริ่มดำเนินการ";
    case content::ReportStatus::kInProgress: return "อยู่ระหว่างดำเนินการ";
    case content::ReportStatus::kDone: return "ดำเนินการแล้วเสร็จ";
    case content::ReportStatus::kDropped: return "ยกเลิก";
  }
  return {};
}

std::string status_key(content::ReportStatus status) {
  switch (status) {
    case content::ReportStatus::kPlanned: return "planned";
    case content::ReportStatus::kInProgress: return "in-progress";
    case content::ReportStatus::kDone: return "done";
    case content::ReportStatus::kDropped: return "dropped";
  }
  return {};
}

std::string channel_label(const std::string& channel) {
  if (channel == "website") return "เว็บไซต์";
  if (channel == "amss") return "ระบบสารบรรณอิเล็กทรอนิกส์ (AMSS++)";
  if (channel == "facebook") return "Facebook";
  if (channel == "line") return "กลุ่ม LINE";
  if (channel == "letter") return "หนังสือราชการ";
  if (channel == "meeting") return "การประชุม";
  if (channel == "signboard") return "ป้ายประชาสัมพันธ์";
  return "ช่องทางอื่น";
}

std::string direction_label(model::Direction direction) {
  switch (direction) {
    case model::Direction::kUp: return "เพิ่มขึ้น";
    case model::Direction::kDown: return "ลดลง";
    case model::Direction::kSame: return "คงที่";
  }
  return {};
}

json indicator_ref(const ViewContext& ctx, int number, int results_year) {
  const auto* fw = ctx.model().criteria.for_history(results_year);
  const auto* info = fw ? fw->find_indicator(number) : nullptr;
  json j{{"number", number}, {"name", info ? info->title : std::string()}};
  if (const auto* r = ctx.model().result_for(results_year)) {
    if (auto it = r->scores.indicators.find(number); it != r->scores.indicators.end()) {
      j["score"] = it->second.to_string();
      j["below_target"] = it->second < ctx.site().target;
      j["href"] = ctx.url(model::routes::ita_year(results_year)) + "#indicator-" + std::to_string(number);
    }
  }
  return j;
}

}  // namespace itagen::views
