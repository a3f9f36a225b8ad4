// Keeps the PDF engine offline: a document's HTML is given to WeasyPrint whole, and the engine
// would fetch any image it names (a Markdown image of another site, or of this site's own
// address under base_url), making a build depend on the network and its output on what the
// network returned. Only the images itagen inlines (data: URIs: the logo) are kept.
#pragma once

#include <string>
#include <string_view>

namespace itagen::pipeline {

// The HTML without the <img> elements whose src is not a data: URI.
std::string drop_fetched_images(std::string_view html);

}  // namespace itagen::pipeline
