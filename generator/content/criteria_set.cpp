// Assembling the years' frameworks: inheritance section by section, then the checks across
// sections (criteria_set.h).
#include "content/criteria_set.h"

#include <numeric>

#include "content/parsers.h"
#include "ita/builtin_catalogs.h"
#include "i18n/translate.h"

namespace itagen::content {
namespace {

using diag::SourceLocation;

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

// "tools, indicators and items".
std::string join_and(const std::vector<std::string>& words) {
  if (words.size() < 2) return join(words);
  std::vector<std::string> head(words.begin(), words.end() - 1);
  return i18n::tr("{0} and {1}", join(head), words.back());
}

// Names grouped under a key, keys in the order first seen (the order of the file).
class Grouped {
 public:
  void add(const std::string& key, std::string name) {
    for (auto& [k, names] : groups_) {
      if (k == key) {
        names.push_back(std::move(name));
        return;
      }
    }
    groups_.push_back({key, {std::move(name)}});
  }
  auto begin() const { return groups_.begin(); }
  auto end() const { return groups_.end(); }

 private:
  std::vector<std::pair<std::string, std::vector<std::string>>> groups_;
};

// Checks one year's framework across its sections. Definitions inherited from another file
// are reported together at the key of the section this file gives instead, so every message
// points into the file the office wrote and says what came from an earlier year.
class CrossCheck {
 public:
  CrossCheck(const CriteriaFile& file, const ita::Framework& fw, diag::DiagnosticSink& sink)
      : file_(file), fw_(fw), sink_(sink) {}

  void run() {
    check_weights();
    check_indicators();
    check_sub_indicators();
    check_items();
  }

 private:
  template <typename T>
  SourceLocation key_of(const std::optional<Section<T>>& section) const {
    return section ? section->where : file_.where;
  }
  void check_weights() {
    if (!file_.tools) return;  // inherited weights were checked in their own file
    int sum = 0;
    for (const auto& t : fw_.tools) sum += t.weight;
    if (sum != 100) {
      sink_.error(file_.tools->where, i18n::tr("the tools' weights add up to {0}, not 100", std::to_string(sum)),
                  i18n::tr("the weights are percentages of the total score"));
    }
  }

  void check_indicators() {
    if (!file_.tools && !file_.indicators) return;
    std::vector<std::string> codes;
    for (const auto& t : fw_.tools) codes.push_back(t.code);
    Grouped inherited;  // tool -> indicators
    for (const auto& i : fw_.indicators) {
      if (fw_.find_tool(i.tool)) continue;
      if (i.where.path != file_.path) {
        inherited.add(i.tool, std::to_string(i.number));
        continue;
      }
      std::string close = diag::closest_match(i.tool, codes);
      sink_.error(i.where, i18n::tr("indicator {0} is in unknown tool '{1}'", std::to_string(i.number), i.tool),
                  close.empty() ? i18n::tr("the tools are {0}", join(codes)) : i18n::tr("did you mean '{0}'?", close));
    }
    for (const auto& [tool, numbers] : inherited) {
      sink_.error(key_of(file_.tools),
                  i18n::trn("indicator {0} of an earlier year's criteria is in tool '{1}', which these tools leave out",
                            "indicators {0} of an earlier year's criteria are in tool '{1}', which these tools leave out",
                            numbers.size(), join_and(numbers), tool),
                  i18n::tr("add tool {0} here, or write this year's indicators: too", tool));
    }
  }

  // A sub-indicator of an indicator that does not exist. (One of an indicator in an unknown
  // tool is reported once, at the indicator.)
  void check_sub_indicators() {
    if (!file_.indicators && !file_.sub_indicators) return;
    Grouped inherited;  // indicator -> sub-indicators
    for (const auto& s : fw_.sub_indicators) {
      if (fw_.find_indicator(s.indicator)) continue;
      if (s.where.path != file_.path) {
        inherited.add(std::to_string(s.indicator), s.code);
        continue;
      }
      sink_.error(s.where,
                  i18n::tr("sub-indicator '{0}' belongs to indicator {1}, which these criteria do not have", s.code,
                           std::to_string(s.indicator)),
                  i18n::tr("the part before the dot is the indicator's number; the indicators are 1 to {0}",
                           std::to_string(fw_.indicators.size())));
    }
    for (const auto& [indicator, codes] : inherited) {
      sink_.error(key_of(file_.indicators),
                  i18n::trn("sub-indicator {0} of an earlier year's criteria belongs to indicator {1}, which these "
                            "indicators leave out",
                            "sub-indicators {0} of an earlier year's criteria belong to indicator {1}, which these "
                            "indicators leave out",
                            codes.size(), join_and(codes), indicator),
                  i18n::tr("add indicator {0} here, or write this year's sub_indicators: too", indicator));
    }
  }

  void check_items() {
    if (!file_.items && !file_.sub_indicators) return;
    std::vector<std::string> codes;
    for (const auto& s : fw_.sub_indicators) codes.push_back(s.code);
    Grouped inherited;  // sub-indicator -> items
    for (const auto& item : fw_.items) {
      if (fw_.find_sub_indicator(item.sub_indicator)) continue;
      if (item.where.path != file_.path) {
        inherited.add(item.sub_indicator, item.code);
        continue;
      }
      std::string close = diag::closest_match(item.sub_indicator, codes);
      sink_.error(
          item.where, i18n::tr("item {0} is in unknown sub-indicator '{1}'", item.code, item.sub_indicator),
          close.empty() ? i18n::tr("the sub-indicators are {0}", join(codes)) : i18n::tr("did you mean '{0}'?", close));
    }
    for (const auto& [sub, items] : inherited) {
      sink_.error(
          key_of(file_.sub_indicators),
          i18n::trn(
              "item {0} of an earlier year's criteria is in sub-indicator '{1}', which these sub_indicators leave out",
              "items {0} of an earlier year's criteria are in sub-indicator '{1}', which these sub_indicators leave "
              "out",
              items.size(), join_and(items), sub),
          i18n::tr("add sub-indicator {0} here, or write this year's items: too", sub));
    }
  }

  const CriteriaFile& file_;
  const ita::Framework& fw_;
  diag::DiagnosticSink& sink_;
};

}  // namespace

namespace {

// One year's framework: the sections its file gives, the others taken from base. The names of
// sections neither gives go to *missing.
std::unique_ptr<ita::Framework> build_framework(const CriteriaFile& file, const std::string& origin,
                                                const ita::Framework* base, std::vector<std::string>* missing) {
  auto fw = std::make_unique<ita::Framework>();
  fw->fiscal_year = file.fiscal_year;
  fw->origin = origin;
  fw->source = file.source.value_or("");
  fw->provisional = file.provisional.value_or(false);
  auto take = [&](const auto& section, auto& slot, auto base_slot, const char* name) {
    if (section) {
      slot = section->value;
    } else if (base) {
      slot = (*base).*base_slot;
    } else {
      missing->push_back(name);
    }
  };
  take(file.tools, fw->tools, &ita::Framework::tools, "tools");
  take(file.indicators, fw->indicators, &ita::Framework::indicators, "indicators");
  take(file.sub_indicators, fw->sub_indicators, &ita::Framework::sub_indicators, "sub_indicators");
  take(file.rating, fw->rating, &ita::Framework::rating, "rating");
  take(file.items, fw->items, &ita::Framework::items, "items");
  return fw;
}

// The shipped criteria, parsed once per process: they are compiled in, and the preview server
// assembles the model after every save. What parsing them reported is kept to report each time.
struct ShippedCriteria {
  std::map<int, CriteriaFile> files;
  std::vector<diag::Diagnostic> diagnostics;
};

const ShippedCriteria& shipped_criteria() {
  static const ShippedCriteria parsed = [] {
    ShippedCriteria out;
    diag::DiagnosticSink sink;
    for (const auto& [year, text] : ita::builtin_catalog_sources()) {
      std::string path = "generator/data/criteria/" + std::to_string(year) + ".yaml";
      if (auto file = parse_criteria(text, path, sink)) out.files.emplace(year, std::move(*file));
    }
    out.diagnostics = sink.diagnostics();
    return out;
  }();
  return parsed;
}

}  // namespace

void CriteriaSet::prepare_shipped() { shipped_criteria(); }

CriteriaSet CriteriaSet::assemble(const std::map<int, CriteriaFile>& site_criteria, diag::DiagnosticSink& sink,
                                  const std::set<std::string>& unreadable) {
  const std::map<int, CriteriaFile>& shipped = shipped_criteria().files;
  for (const auto& d : shipped_criteria().diagnostics) sink.report(d);
  std::map<int, const CriteriaFile*> files;  // the site's file replaces the shipped one of its year
  for (const auto& [year, file] : shipped) files[year] = &file;
  for (const auto& [year, file] : site_criteria) files[year] = &file;

  CriteriaSet set;
  for (const auto& [year, file_ptr] : files) {
    const CriteriaFile& file = *file_ptr;
    const bool replaces_shipped = site_criteria.count(year) && shipped.count(year);
    std::unique_ptr<ita::Framework> shipped_same_year;
    const ita::Framework* base = nullptr;
    if (file.based_on) {
      base = set.own(file.based_on->value);
      if (!base) {
        std::vector<std::string> known;
        for (int y : set.years()) known.push_back(std::to_string(y));
        sink.error(file.based_on->where,
                   i18n::tr("there are no criteria for fiscal year {0} to base these on",
                            std::to_string(file.based_on->value)),
                   known.empty() ? i18n::tr("leave out based_on and write every section")
                                 : i18n::tr("earlier years with criteria: {0}", join(known)));
      }
    } else if (replaces_shipped) {
      // A site file for a shipped year takes what it leaves out from the shipped file of that year
      // (a list of items alone, as earlier versions wrote, keeps working).
      std::vector<std::string> ignored;
      shipped_same_year = build_framework(shipped.at(year), "builtin", set.for_year(year - 1), &ignored);
      base = shipped_same_year.get();
    } else {
      base = set.for_year(year - 1);
    }
    std::vector<std::string> missing;
    auto fw = build_framework(file, replaces_shipped || !shipped.count(year) ? file.path : "builtin", base, &missing);
    if (!missing.empty() && !(file.based_on && !base)) {
      sink.error(
          file.where,
          i18n::tr("the criteria of fiscal year {0} do not give {1}, and there is no earlier year to take them from",
                   std::to_string(year), join_and(missing)),
          i18n::tr("write these sections too: `itagen new criteria {0}` writes a whole framework to start from",
                   std::to_string(year)));
    }
    if (!unreadable.count(file.path)) CrossCheck(file, *fw, sink).run();
    set.frameworks_.emplace(year, std::move(fw));
  }
  return set;
}

const ita::Framework* CriteriaSet::own(int fiscal_year) const {
  auto it = frameworks_.find(fiscal_year);
  return it == frameworks_.end() ? nullptr : it->second.get();
}

const ita::Framework* CriteriaSet::for_year(int fiscal_year) const {
  auto it = frameworks_.upper_bound(fiscal_year);
  if (it == frameworks_.begin()) return nullptr;
  return std::prev(it)->second.get();
}

const ita::Framework* CriteriaSet::for_history(int fiscal_year) const {
  if (const auto* fw = for_year(fiscal_year)) return fw;
  return frameworks_.empty() ? nullptr : frameworks_.begin()->second.get();
}

std::vector<int> CriteriaSet::years() const {
  std::vector<int> out;
  for (const auto& [year, _] : frameworks_) out.push_back(year);
  return out;
}

}  // namespace itagen::content
