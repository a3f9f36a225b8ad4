// The <evidence> list form shared by OIT items, No Gift, and monitoring reports: a title and
// exactly one of file (under content/static/), url, or page (a generated page).
#include "content/field_readers.h"
#include "content/text_checks.h"
#include "i18n/translate.h"

namespace itagen::content::detail {

std::vector<Evidence> as_evidence_list(Reader& r, const Value& v) {
  std::vector<Evidence> out;
  for (const auto& element : as_list(r, v)) {
    if (element.present() && !element.node.IsMap()) {
      r.error(element.where, i18n::tr("an evidence entry needs a title and one of 'file', 'url' or 'page'"),
              i18n::tr("write it as {title: ..., file: files/name.pdf}"));
      continue;
    }
    Fields f(r, element, {"title", "file", "url", "page", "document"});
    if (!f.ok()) continue;
    Evidence e;
    e.where = f.where();
    e.title = f.text("title", Need::kRequired);
    e.file = f.text("file");
    e.url = url_field(f, "url");
    e.page = f.text("page");
    e.document = f.text("document");
    int given = !e.file.empty() + !e.url.empty() + !e.page.empty() + !e.document.empty();
    if (given == 0) {
      r.error(e.where, i18n::tr("evidence needs one of 'file', 'url', 'page' or 'document'"),
              i18n::tr("add a file under content/static/, a url, a page of this site, or a document such as measures/2567"));
    } else if (given > 1) {
      r.error(e.where, i18n::tr("evidence has more than one of 'file', 'url', 'page' and 'document'"),
              i18n::tr("keep exactly one; list the others as separate entries"));
    }
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace itagen::content::detail
