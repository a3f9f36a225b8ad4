// Pass: every piece of evidence and every document must lead somewhere that exists: a file
// under content/static/ or a page this build writes. Assessors click these links.
#include <algorithm>

#include "fs/file_system.h"
#include "model/evidence_targets.h"
#include "model/passes.h"
#include "i18n/translate.h"

namespace itagen::model {
namespace {

class EvidenceChecker {
 public:
  EvidenceChecker(const SiteModel& model, diag::DiagnosticSink& sink) : model_(model), sink_(sink) {}

  void file(const std::string& path, const diag::SourceLocation& where) {
    if (path.empty()) return;
    auto normal = fs::normalize_relative(path);
    if (!normal) {
      sink_.error(where, i18n::tr("file '{0}' is outside content/static/", path),
                  i18n::tr("write a path under content/static/, such as files/order.pdf"));
      return;
    }
    const auto& files = model_.content.static_files;
    if (!std::binary_search(files.begin(), files.end(), *normal)) {
      std::string close = diag::closest_match(*normal, files);
      sink_.error(
          where, i18n::tr("file '{0}' does not exist in content/static/", path),
          close.empty()
              ? i18n::tr("put the file in content/static/{0} (a symlink to a file outside the site does not count)",
                         *normal)
              : i18n::tr("did you mean '{0}'?", close));
    }
  }

  static std::string trimmed_page(std::string p) {
    while (!p.empty() && p.front() == '/') p.erase(0, 1);
    while (!p.empty() && p.back() == '/') p.pop_back();
    return p;
  }

  void page(const std::string& path, const diag::SourceLocation& where) {
    if (path.empty()) return;
    std::string p = trimmed_page(path);
    if (model_.has_page(p) || from_unreadable_file(p)) return;
    std::vector<std::string> all(model_.page_paths.begin(), model_.page_paths.end());
    std::sort(all.begin(), all.end());  // the closest of equals is the first in order
    std::string close = diag::closest_match(p, all);
    sink_.error(where, i18n::tr("page '{0}' is not a page of this site", path),
                close.empty() ? i18n::tr("name a generated page such as measures/<year> or oit/<year>/o01")
                              : i18n::tr("did you mean '{0}'?", close));
  }

  // A generated document, named by the page it prints: it exists only with documents: pdf.
  void document(const std::string& path, const diag::SourceLocation& where) {
    if (path.empty()) return;
    std::string p = trimmed_page(path);
    if (model_.document_for(p)) return;
    if (!model_.content.site.documents_pdf) {
      sink_.error(where, i18n::tr("document '{0}' is not made: site.yaml does not ask for documents", path),
                  i18n::tr("add 'documents: pdf' to content/site.yaml, or point the evidence at a file or page"));
      return;
    }
    if (from_unreadable_file(p)) return;
    std::vector<std::string> all;
    for (const auto& d : model_.documents) all.push_back(d.page_path);
    std::string close = diag::closest_match(p, all);
    sink_.error(where, i18n::tr("document '{0}' is not a document of this site", path),
                close.empty()
                    ? i18n::tr("name report/<year>, measures/<year> or no-gift/<year> of a year with that content")
                    : i18n::tr("did you mean '{0}'?", close));
  }

  void list(const std::vector<content::Evidence>& evidence) {
    for (const auto& e : evidence) {
      file(e.file, e.where);
      page(e.page, e.where);
      document(e.document, e.where);
    }
  }

  // The emblem printed on the documents' covers, and the web address printed as a QR code.
  void documents() {
    const auto& site = model_.content.site;
    file(site.logo, site.logo_where);
    const bool has_host = site.base_url.starts_with("https://") || site.base_url.starts_with("http://");
    if (site.documents_pdf && !has_host) {
      sink_.warning(site.documents_where,
                    i18n::tr("the documents will carry no web address or QR code: base_url '{0}' has no https:// host",
                             site.base_url),
                    i18n::tr("write base_url as the full address, such as https://www.example.go.th/ita/"));
    }
  }

 private:
  // A page that a file which failed to load would have made: its error says enough.
  bool from_unreadable_file(const std::string& page) const {
    const auto& c = model_.content;
    if (c.unreadable.empty()) return false;
    auto parts = std::vector<std::string>{};
    for (std::size_t start = 0, slash; start <= page.size(); start = slash + 1) {
      slash = page.find('/', start);
      if (slash == std::string::npos) slash = page.size();
      parts.push_back(page.substr(start, slash - start));
    }
    auto unreadable = [&](const std::string& path) { return !c.readable(path); };
    if (parts.size() >= 2 && (parts[0] == "measures" || parts[0] == "committee" || parts[0] == "no-gift")) {
      return unreadable("content/" + parts[0] + "/" + parts[1] + ".yaml");
    }
    if (parts.size() == 2 && parts[0] == "ita") return unreadable("content/scores/" + parts[1] + ".yaml");
    if (parts.size() == 3 && parts[0] == "reports") {
      return unreadable("content/reports/" + parts[1] + "/" + parts[2] + ".yaml");
    }
    return unreadable("content/pages/" + page + ".md");
  }

  const SiteModel& model_;
  diag::DiagnosticSink& sink_;
};

}  // namespace

std::string missing_target(const SiteModel& model, const content::Evidence& evidence) {
  if (!evidence.file.empty()) {
    auto normal = fs::normalize_relative(evidence.file);
    const auto& files = model.content.static_files;
    if (!normal || !std::binary_search(files.begin(), files.end(), *normal)) {
      return i18n::tr("file '{0}' is not in content/static/", evidence.file);
    }
  }
  if (!evidence.page.empty()) {
    std::string p = evidence.page;
    while (!p.empty() && p.front() == '/') p.erase(0, 1);
    while (!p.empty() && p.back() == '/') p.pop_back();
    if (!model.has_page(p)) return i18n::tr("page '{0}' is not a page of this site", evidence.page);
  }
  if (!evidence.document.empty()) {
    std::string p = evidence.document;
    while (!p.empty() && p.front() == '/') p.erase(0, 1);
    while (!p.empty() && p.back() == '/') p.pop_back();
    if (!model.document_for(p)) return i18n::tr("document '{0}' is not a document of this site", evidence.document);
  }
  return {};
}

void check_evidence(const SiteModel& model, diag::DiagnosticSink& sink) {
  EvidenceChecker check(model, sink);
  check.documents();
  const auto& c = model.content;
  for (const auto& [year, files] : c.oit) {
    for (const auto& f : files) check.list(f.evidence);
  }
  for (const auto& [year, ng] : c.no_gift) {
    check.file(ng.announcement.document, ng.announcement.document_where);
    for (const auto& d : ng.dissemination) check.list(d.evidence);
    for (const auto& a : ng.activities) check.list(a.evidence);
    if (ng.report) check.list(ng.report->evidence);
  }
  for (const auto& [year, reports] : c.reports) {
    for (const auto& r : reports) {
      for (const auto& e : r.measures) check.list(e.evidence);
    }
  }
  for (const auto& [year, committee] : c.committee) {
    if (committee.order) check.file(committee.order->document, committee.order->document_where);
  }
}

}  // namespace itagen::model
