// Reading the site for scaffolds.
#include "scaffold/site_facts.h"

#include "content/criteria_set.h"
#include "content/parsers.h"
#include "diag/diagnostic.h"
#include "model/published_scores.h"
#include "thai/dates.h"

namespace itagen::scaffold {
namespace {

// "content/scores/2566.yaml" -> 2566 when the name is a 4-digit year with that extension.
std::optional<int> year_of(const std::string& path, const std::string& extension) {
  std::size_t slash = path.rfind('/');
  std::string name = path.substr(slash == std::string::npos ? 0 : slash + 1);
  if (name.size() != 4 + extension.size() || !name.ends_with(extension)) return std::nullopt;
  for (int i = 0; i < 4; ++i) {
    if (name[i] < '0' || name[i] > '9') return std::nullopt;
  }
  return std::stoi(name.substr(0, 4));
}

// "content/oit/2567/O05.md" -> 2567 when the folder under `section` is a 4-digit year.
std::optional<int> folder_year(const std::string& path, const std::string& section) {
  if (!path.starts_with(section + "/")) return std::nullopt;
  std::string rest = path.substr(section.size() + 1);
  std::size_t slash = rest.find('/');
  if (slash != 4) return std::nullopt;
  for (int i = 0; i < 4; ++i) {
    if (rest[i] < '0' || rest[i] > '9') return std::nullopt;
  }
  return std::stoi(rest.substr(0, 4));
}

}  // namespace

std::optional<int> latest_content_year(const fs::FileSystem& site) {
  std::optional<int> latest;
  auto consider = [&latest](std::optional<int> year) {
    if (year && *year >= thai::kFirstBuddhistEraYear && (!latest || *year > *latest)) latest = year;
  };
  for (const char* section : {"content/oit", "content/reports"}) {
    for (const auto& path : site.list_files(section)) consider(folder_year(path, section));
  }
  for (const char* section : {"content/measures", "content/no-gift", "content/committee", "content/scores"}) {
    for (const auto& path : site.list_files(section)) {
      consider(year_of(path, ".yaml"));
      consider(year_of(path, ".md"));
    }
  }
  return latest;
}

content::CriteriaSet site_criteria(const fs::FileSystem& site) {
  diag::DiagnosticSink ignored;
  std::map<int, content::CriteriaFile> files;
  for (const auto& path : site.list_files("content/criteria")) {
    auto year = year_of(path, ".yaml");
    auto text = year ? site.read(path) : std::nullopt;
    if (!text) continue;
    if (auto file = content::parse_criteria(*text, path, ignored)) files.emplace(*year, std::move(*file));
  }
  return content::CriteriaSet::assemble(files, ignored);
}

std::optional<ita::Framework> framework_for(const fs::FileSystem& site, int fiscal_year) {
  const auto criteria = site_criteria(site);
  const auto* framework = criteria.for_year(fiscal_year);
  if (!framework || framework->items.empty()) return std::nullopt;
  return *framework;
}

std::map<std::string, std::string> claimed_items(const fs::FileSystem& site, int fiscal_year) {
  std::map<std::string, std::string> claimed;
  diag::DiagnosticSink ignored;
  for (const auto& path : site.list_files("content/oit/" + std::to_string(fiscal_year))) {
    if (!path.ends_with(".md")) continue;
    auto text = site.read(path);
    if (!text) continue;
    if (auto item = content::parse_oit_item(*text, path, fiscal_year, ignored)) claimed.emplace(item->item, path);
  }
  return claimed;
}

content::SiteConfig site_config(const fs::FileSystem& site) {
  diag::DiagnosticSink ignored;
  if (auto text = site.read("content/site.yaml")) {
    if (auto config = content::parse_site_config(*text, "content/site.yaml", ignored)) return *config;
  }
  return {};
}

std::optional<LatestResults> latest_results_before(const fs::FileSystem& site, int fiscal_year, content::Score target) {
  diag::DiagnosticSink ignored;
  std::optional<content::ScoresRecord> latest;
  int latest_year = 0;
  for (const auto& path : site.list_files("content/scores")) {
    auto year = year_of(path, ".yaml");
    if (!year || *year >= fiscal_year || *year <= latest_year) continue;
    auto text = site.read(path);
    if (!text) continue;
    if (auto record = content::parse_scores(*text, path, ignored)) {
      latest = std::move(record);
      latest_year = *year;
    }
  }
  if (!latest) return std::nullopt;

  // The same derivation `check` makes, so the analysis names exactly the indicators it expects.
  const auto criteria = site_criteria(site);
  const auto* framework = criteria.for_history(latest_year);
  if (!framework) return std::nullopt;
  ita::PublishedScores in = model::published_scores(*latest, *framework);
  LatestResults result;
  result.fiscal_year = latest_year;
  result.framework = *framework;
  for (const auto& [n, score] : ita::compute_scores(*framework, in).indicators) {
    if (score < target) result.below_target.emplace_back(n, score);
  }
  return result;
}

std::optional<std::vector<std::string>> measure_ids(const fs::FileSystem& site, int fiscal_year) {
  std::string path = "content/measures/" + std::to_string(fiscal_year) + ".yaml";
  auto text = site.read(path);
  if (!text) return std::nullopt;
  return measure_ids_in(*text, path);
}

std::optional<std::vector<std::string>> measure_ids_in(const std::string& text, const std::string& path) {
  diag::DiagnosticSink sink;
  auto record = content::parse_measures(text, path, sink);
  if (!record || sink.has_errors()) return std::nullopt;
  std::vector<std::string> ids;
  for (const auto& m : record->measures) ids.push_back(m.id);
  return ids;
}

}  // namespace itagen::scaffold
