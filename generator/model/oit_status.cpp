// Pass: each year's framework for its OIT items, and which items are disclosed.
#include <algorithm>

#include "model/passes.h"
#include "thai/dates.h"

namespace itagen::model {

void resolve_oit(SiteModel& model, diag::DiagnosticSink& sink) {
  model.criteria = content::CriteriaSet::assemble(model.content.criteria, sink, model.content.unreadable);
  for (const auto& [year, files] : model.content.oit) {
    OitYear oy;
    oy.fiscal_year = year;
    oy.framework = model.criteria.for_year(year);
    diag::SourceLocation folder{"content/oit/" + std::to_string(year), 0, 0};
    if (!oy.framework) {
      sink.error(folder, "no OIT criteria catalog for fiscal year " + std::to_string(year) + " or any earlier year",
                 "add content/criteria/" + std::to_string(year) + ".yaml listing the year's items");
      continue;
    }
    oy.provisional = oy.framework->provisional;
    if (oy.framework->fiscal_year != year) {
      oy.provisional = true;
      sink.warning(folder,
                   "no OIT criteria catalog for fiscal year " + std::to_string(year) + "; using the " +
                       std::to_string(oy.framework->fiscal_year) + " catalog, which is provisional",
                   "when the official list is published, add it as content/criteria/" + std::to_string(year) + ".yaml");
    }
    const ita::Framework& fw = *oy.framework;
    std::map<std::string, const content::OitItemFile*> by_code;
    for (const auto& file : files) {
      if (!fw.find(file.item)) {
        sink.error(file.where,
                   "unknown OIT item '" + file.item + "' for fiscal year " + std::to_string(year),
                   fw.items.empty() ? "the " + std::to_string(fw.fiscal_year) + " criteria list no items"
                                    : "the " + std::to_string(fw.fiscal_year) + " catalog has items " +
                                          fw.items.front().code + " to " + fw.items.back().code);
        continue;
      }
      by_code.emplace(file.item, &file);
      // Assessors accept only information of the assessed year (oit-catalog.md).
      if (file.updated < thai::fiscal_year_start(year)) {
        sink.warning(file.where,
                     "item " + file.item + " was last updated on " + thai::be_date(file.updated) +
                         ", before fiscal year " + std::to_string(year) + " began",
                     "assessors expect information of the assessed year; update the evidence and the date");
      }
    }
    for (const auto& sub : fw.sub_indicators) {
      OitGroup group;
      group.sub_indicator = &sub;
      for (const auto& item : fw.items) {
        if (item.sub_indicator != sub.code) continue;
        OitItemStatus status;
        status.item = &item;
        status.slug = routes::oit_slug(item.code);
        if (auto it = by_code.find(item.code); it != by_code.end()) status.file = it->second;
        bool evidence = status.file && !status.file->evidence.empty();
        status.statement = !evidence && status.file && !status.file->statement.empty();
        status.present = evidence || status.statement;
        if (item.not_applicable) {
          ++oy.not_applicable;
        } else {
          ++(status.present ? oy.present : oy.missing);
          if (status.statement) ++oy.statements;
        }
        group.items.push_back(status);
      }
      if (!group.items.empty()) oy.groups.push_back(std::move(group));
    }
    model.oit[year] = std::move(oy);
  }
}

}  // namespace itagen::model
