// Whether a piece of evidence leads somewhere that exists: a file under content/static/ or a
// page this build writes. The evidence checks (errors) and the readiness (broken items) ask here.
#pragma once

#include <string>

#include "content/records.h"

namespace itagen::model {

class SiteModel;

// "" when the evidence's file or page exists; else what is wrong, for people.
std::string missing_target(const SiteModel& model, const content::Evidence& evidence);

}  // namespace itagen::model
