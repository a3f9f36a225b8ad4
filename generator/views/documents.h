// The official documents (site.yaml documents: pdf) as jobs, like the pages: the print
// template that lays each one out (themes/<name>/templates/documents/*.mustache) and the data it
// fills in. The data is the printed page's own data plus what only paper needs: the cover,
// the signature block, the web address and its QR code, the date the PDF's metadata carries.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "views/view_context.h"

namespace itagen::views {

struct DocumentJob {
  model::routes::DocumentRoute route;
  std::string type;  // template: "documents/report", "documents/measures", "documents/no_gift"
  std::function<json()> data;
  // Content files the document reads besides site.yaml and the theme; empty: every file.
  std::set<std::string> sources;
};

// One job per document of the model (SiteModel::documents), in the same order.
std::vector<DocumentJob> document_jobs(const ViewContext& ctx);
// The job of the document written at output path `file`, for the preview server; false if none.
bool find_document_job(const ViewContext& ctx, const std::string& file, DocumentJob& out);

}  // namespace itagen::views
