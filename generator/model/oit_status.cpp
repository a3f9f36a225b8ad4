// Pass: choose each year's criteria catalog and work out which OIT items are present.
#include <algorithm>

#include "model/passes.h"
#include "thai/dates.h"

namespace itagen::model {

void resolve_oit(SiteModel& model, diag::DiagnosticSink& sink) {
  model.criteria = content::CriteriaSet::assemble(model.content.criteria, sink);
  for (const auto& [year, files] : model.content.oit) {
    OitYear oy;
    oy.fiscal_year = year;
    oy.catalog = model.criteria.for_year(year);
    diag::SourceLocation folder{"content/oit/" + std::to_string(year), 0, 0};
    if (!oy.catalog) {
      sink.error(folder, "no OIT criteria catalog for fiscal year " + std::to_string(year) + " or any earlier year",
                 "add content/criteria/" + std::to_string(year) + ".yaml listing the year's items");
      continue;
    }
    if (oy.catalog->fiscal_year != year) {
      oy.provisional = true;
      sink.warning(folder,
                   "no OIT criteria catalog for fiscal year " + std::to_string(year) + "; using the " +
                       std::to_string(oy.catalog->fiscal_year) + " catalog, which is provisional",
                   "when the official list is published, add it as content/criteria/" + std::to_string(year) + ".yaml");
    }
    std::map<std::string, const content::OitItemFile*> by_code;
    for (const auto& file : files) {
      if (!oy.catalog->find(file.item)) {
        sink.error(file.where,
                   "unknown OIT item '" + file.item + "' for fiscal year " + std::to_string(year),
                   "the " + std::to_string(oy.catalog->fiscal_year) + " catalog has items " +
                       oy.catalog->items.front().code + " to " + oy.catalog->items.back().code);
        continue;
      }
      by_code.emplace(file.item, &file);
      // Assessors accept only information of the assessed year (oit-catalog.md).
      if (file.updated < thai::fiscal_year_start(year)) {
        sink.warning(file.where,
                     "item " + file.item + " was last updated on " + thai::iso_date(file.updated) +
                         ", before fiscal year " + std::to_string(year) + " began",
                     "assessors expect information of the assessed year; update the evidence and the date");
      }
    }
    for (const auto& sub : ita::sub_indicators()) {
      OitGroup group;
      group.sub_indicator = &sub;
      for (const auto& item : oy.catalog->items) {
        if (item.sub_indicator != sub.code) continue;
        OitItemStatus status;
        status.item = &item;
        status.slug = routes::oit_slug(item.code);
        if (auto it = by_code.find(item.code); it != by_code.end()) status.file = it->second;
        status.present = status.file && !status.file->evidence.empty();
        if (item.not_applicable) {
          ++oy.not_applicable;
        } else {
          ++(status.present ? oy.present : oy.missing);
        }
        group.items.push_back(status);
      }
      if (!group.items.empty()) oy.groups.push_back(std::move(group));
    }
    model.oit[year] = std::move(oy);
  }
}

}  // namespace itagen::model
