// Pass: connect monitoring report entries and committee meetings to the measures they name.
#include "model/passes.h"
#include "i18n/translate.h"

namespace itagen::model {
namespace {

const content::Measure* find_measure(const SiteModel& model, int year, const std::string& id) {
  auto it = model.content.measures.find(year);
  if (it == model.content.measures.end()) return nullptr;
  for (const auto& m : it->second.measures) {
    if (m.id == id) return &m;
  }
  return nullptr;
}

std::vector<std::string> measure_ids(const SiteModel& model, int year) {
  std::vector<std::string> ids;
  if (auto it = model.content.measures.find(year); it != model.content.measures.end()) {
    for (const auto& m : it->second.measures) ids.push_back(m.id);
  }
  return ids;
}

std::string unknown_measure_hint(const SiteModel& model, int year, const std::string& id) {
  auto ids = measure_ids(model, year);
  if (ids.empty()) return i18n::tr("content/measures/{0}.yaml defines no measures", std::to_string(year));
  std::string close = diag::closest_match(id, ids);
  if (!close.empty()) return i18n::tr("did you mean '{0}'?", close);
  std::string list;
  for (const auto& i : ids) list += (list.empty() ? "" : ", ") + i;
  return i18n::tr("measures of {0}: {1}", std::to_string(year), list);
}

}  // namespace

// An unknown id is worth a message only when the measures file was read and the id was given:
// otherwise the error about that file, or the missing id, says it already.
bool worth_reporting(const SiteModel& model, int year, const std::string& id) {
  return !id.empty() && model.content.readable("content/measures/" + std::to_string(year) + ".yaml");
}

void link_measures(SiteModel& model, diag::DiagnosticSink& sink) {
  for (const auto& [year, reports] : model.content.reports) {
    for (const auto& report : reports) {
      for (const auto& entry : report.measures) {
        if (!find_measure(model, year, entry.id)) {
          if (!worth_reporting(model, year, entry.id)) continue;
          sink.error(entry.where,
                     i18n::tr("report names unknown measure '{0}' of fiscal year {1}", entry.id, std::to_string(year)),
                     unknown_measure_hint(model, year, entry.id));
          continue;
        }
        model.progress[measure_key(year, entry.id)].push_back({&report, &entry});
      }
    }
  }
  for (const auto& [year, committee] : model.content.committee) {
    for (const auto& meeting : committee.meetings) {
      for (const auto& id : meeting.measures) {
        if (!find_measure(model, year, id.value)) {
          if (!worth_reporting(model, year, id.value)) continue;
          sink.error(id.where,
                     i18n::tr("meeting names unknown measure '{0}' of fiscal year {1}", id.value, std::to_string(year)),
                     unknown_measure_hint(model, year, id.value));
          continue;
        }
        model.meetings[measure_key(year, id.value)].push_back({&committee, &meeting});
      }
    }
  }
}

}  // namespace itagen::model
