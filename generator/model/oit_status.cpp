// Pass: each year's framework for its OIT items, and which items are disclosed.
#include <algorithm>

#include "model/passes.h"
#include "thai/dates.h"
#include "i18n/translate.h"

namespace itagen::model {

void resolve_oit(SiteModel& model, diag::DiagnosticSink& sink) {
  model.criteria = content::CriteriaSet::assemble(model.content.criteria, sink, model.content.unreadable);
  for (const auto& [year, files] : model.content.oit) {
    OitYear oy;
    oy.fiscal_year = year;
    oy.framework = model.criteria.for_year(year);
    diag::SourceLocation folder{"content/oit/" + std::to_string(year), 0, 0};
    if (!oy.framework) {
      sink.error(folder,
                 i18n::tr("no OIT criteria catalog for fiscal year {0} or any earlier year", std::to_string(year)),
                 i18n::tr("add content/criteria/{0}.yaml listing the year's items", std::to_string(year)));
      continue;
    }
    oy.provisional = oy.framework->provisional;
    if (oy.framework->fiscal_year != year) {
      oy.provisional = true;
      sink.warning(
          folder,
          i18n::tr("no OIT criteria catalog for fiscal year {0}; using the {1} catalog, which is provisional",
                   std::to_string(year), std::to_string(oy.framework->fiscal_year)),
          i18n::tr("when the official list is published, add it as content/criteria/{0}.yaml", std::to_string(year)));
    }
    const ita::Framework& fw = *oy.framework;
    std::map<std::string, const content::OitItemFile*> by_code;
    for (const auto& file : files) {
      if (!fw.find(file.item)) {
        sink.error(file.where, i18n::tr("unknown OIT item '{0}' for fiscal year {1}", file.item, std::to_string(year)),
                   fw.items.empty() ? i18n::tr("the {0} criteria list no items", std::to_string(fw.fiscal_year))
                                    : i18n::tr("the {0} catalog has items {1} to {2}", std::to_string(fw.fiscal_year),
                                               fw.items.front().code, fw.items.back().code));
        continue;
      }
      by_code.emplace(file.item, &file);
      // Assessors accept only information of the assessed year (oit-catalog.md).
      if (file.updated < thai::fiscal_year_start(year)) {
        sink.warning(file.where,
                     i18n::tr("item {0} was last updated on {1}, before fiscal year {2} began", file.item,
                              thai::be_date(file.updated), std::to_string(year)),
                     i18n::tr("assessors expect information of the assessed year; update the evidence and the date"));
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
