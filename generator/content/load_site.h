// Reading a site: walks content/ through a FileSystem and sends each file to its parser.
#pragma once

#include "content/records.h"
#include "diag/diagnostic.h"
#include "fs/file_system.h"

namespace itagen::content {

// Loads every content kind under <site>/content/. Files that fail to parse are reported and
// skipped; the caller decides from sink.has_errors() whether to go on.
SiteContent load_site(const fs::FileSystem& files, diag::DiagnosticSink& sink);

}  // namespace itagen::content
