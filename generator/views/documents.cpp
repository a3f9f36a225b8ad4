// The official documents' data: the data of the page each one prints (so paper and web say the
// same), with the document's cover, signature, date and web address added under "doc".
#include "views/documents.h"

#include <algorithm>
#include <optional>

#include "thai/numerals.h"
#include "views/page_jobs.h"
#include "views/qr_code.h"

namespace itagen::views {
namespace {

namespace routes = model::routes;
using routes::DocumentKind;

std::string y(int year) { return std::to_string(year); }

// The page job a document prints: its data is the document's starting point.
std::optional<PageJob> page_job_for(const ViewContext& ctx, const routes::DocumentRoute& document) {
  for (const auto& route : ctx.model().routes) {
    if (route.path != document.page_path) continue;
    switch (document.kind) {
      case DocumentKind::kReport: return annual_report_job(ctx, route);
      case DocumentKind::kMeasures: return measures_job(ctx, route);
      case DocumentKind::kNoGift: return no_gift_job(ctx, route);
    }
  }
  return std::nullopt;
}

std::optional<thai::Date> latest(std::optional<thai::Date> a, const std::optional<thai::Date>& b) {
  if (!a) return b;
  if (b && *a < *b) return b;
  return a;
}

// The date a document carries (signature block, PDF metadata): the measures' approval, the
// announcement's date; for the report, the latest date of what it reports. Content dates only,
// so that the same content gives the same bytes.
std::optional<thai::Date> document_date(const content::SiteContent& c, const routes::DocumentRoute& d) {
  const int fy = d.fiscal_year;
  std::optional<thai::Date> date;
  auto measures = c.measures.find(fy);
  auto no_gift = c.no_gift.find(fy);
  switch (d.kind) {
    case DocumentKind::kMeasures:
      if (measures != c.measures.end()) date = measures->second.approved;
      break;
    case DocumentKind::kNoGift:
      if (no_gift != c.no_gift.end()) date = no_gift->second.announcement.date;
      break;
    case DocumentKind::kReport:
      if (measures != c.measures.end()) date = measures->second.approved;
      if (auto reports = c.reports.find(fy); reports != c.reports.end()) {
        for (const auto& r : reports->second) date = latest(date, r.as_of);
      }
      if (no_gift != c.no_gift.end() && no_gift->second.report) date = latest(date, no_gift->second.report->as_of);
      break;
  }
  return date;
}

// Who signs: the measures' signed_by; the No Gift announcement's signer; the report is signed
// by whoever announced the measures, or else the policy.
content::Signer document_signer(const content::SiteContent& c, const routes::DocumentRoute& d) {
  const int fy = d.fiscal_year;
  content::Signer measures_signer, no_gift_signer;
  if (auto it = c.measures.find(fy); it != c.measures.end()) measures_signer = it->second.signed_by;
  if (auto it = c.no_gift.find(fy); it != c.no_gift.end()) no_gift_signer = it->second.announcement.signed_by;
  switch (d.kind) {
    case DocumentKind::kMeasures: return measures_signer;
    case DocumentKind::kNoGift: return no_gift_signer;
    case DocumentKind::kReport: break;
  }
  return measures_signer.name.empty() ? no_gift_signer : measures_signer;
}

std::string document_title(const routes::DocumentRoute& d) {
  switch (d.kind) {
    case DocumentKind::kMeasures: return "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";
    case DocumentKind::kNoGift: return "นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)";
    case DocumentKind::kReport: break;
  }
  return "รายงานการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";
}

std::string template_for(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::kMeasures: return "documents/measures";
    case DocumentKind::kNoGift: return "documents/no_gift";
    case DocumentKind::kReport: break;
  }
  return "documents/report";
}

// An announcement's heading (ประกาศ<office>) and its subject (เรื่อง ...), printed on two lines
// as in a signed announcement. A No Gift title is often written whole ("ประกาศ... เรื่อง ...").
std::pair<std::string, std::string> heading_and_subject(const ViewContext& ctx, const routes::DocumentRoute& d) {
  const std::string office_heading = "ประกาศ" + ctx.site().name;
  const std::string about = "เรื่อง";
  std::string subject = document_title(d) + " ประจำปีงบประมาณ พ.ศ. " + y(d.fiscal_year);
  if (d.kind != DocumentKind::kNoGift) return {office_heading, about + " " + subject};
  const auto& c = ctx.model().content;
  auto it = c.no_gift.find(d.fiscal_year);
  if (it == c.no_gift.end() || it->second.announcement.title.empty()) return {office_heading, about + " " + subject};
  const std::string& title = it->second.announcement.title;
  std::size_t at = title.find(about);
  if (at == std::string::npos) return {office_heading, about + " " + title};
  std::string heading = title.substr(0, at);
  while (!heading.empty() && heading.back() == ' ') heading.pop_back();
  return {heading.empty() ? office_heading : heading, title.substr(at)};
}

json doc_data(const ViewContext& ctx, const routes::DocumentRoute& d) {
  const auto& c = ctx.model().content;
  // A base_url that is only a path (/ita/) gives no address a reader could type or scan: the
  // document then carries neither the address nor its QR code (the checks warn about it).
  const bool has_host = ctx.base_url().starts_with("https://") || ctx.base_url().starts_with("http://");
  const std::string address = has_host ? ctx.absolute_url(d.page_path) : std::string();
  const auto date = document_date(c, d);
  const content::Signer signer = document_signer(c, d);
  const bool thai_digits = ctx.site().numerals == thai::Numerals::kThai;
  const auto [heading, subject] = heading_and_subject(ctx, d);
  json doc{{"title", document_title(d)},
           {"heading", heading},
           {"subject", subject},
           {"year", d.fiscal_year},
           {"office", ctx.site().name},
           {"short_name", ctx.site().short_name},
           {"web_address", optional_text(address)},
           // Made here, not from content: safe to insert unescaped ({{{qr_svg}}}).
           {"qr_svg", address.empty() ? std::string() : qr_code_svg(address)},
           {"date", ctx.date(date)},
           {"signer_name", optional_text(signer.name)},
           {"signer_position", optional_text(signer.position)},
           // The CSS counter style of page numbers: the site's digits.
           {"page_digits", thai_digits ? "thai" : "decimal"},
           // The word before the date in the signature block: an announcement is ประกาศ.
           {"dated", d.kind == DocumentKind::kReport ? "รายงาน" : "ประกาศ"}};
  // The PDF's creation date (WeasyPrint reads dcterms.created): from the content, never the clock.
  // Without a date, the fiscal year's first day (1 October of the year before, CE).
  doc["created"] = date ? thai::iso_date(*date) : y(d.fiscal_year - 544) + "-10-01";
  return doc;
}

DocumentJob make_job(const ViewContext& ctx, const routes::DocumentRoute& d) {
  std::optional<PageJob> page = page_job_for(ctx, d);
  std::set<std::string> sources = page ? page->sources : std::set<std::string>{};
  auto page_data = page ? page->data : std::function<json()>([] { return json::object(); });
  return {d, template_for(d.kind), [&ctx, d, page_data] {
            json data = page_data();
            data["doc"] = doc_data(ctx, d);
            if (d.kind == DocumentKind::kReport && !data.contains("committee")) data["committee"] = nullptr;
            return data;
          }, sources};
}

}  // namespace

std::vector<DocumentJob> document_jobs(const ViewContext& ctx) {
  std::vector<DocumentJob> jobs;
  for (const auto& d : ctx.model().documents) jobs.push_back(make_job(ctx, d));
  return jobs;
}

bool find_document_job(const ViewContext& ctx, const std::string& file, DocumentJob& out) {
  for (const auto& d : ctx.model().documents) {
    if (d.file == file) {
      out = make_job(ctx, d);
      return true;
    }
  }
  return false;
}

}  // namespace itagen::views
