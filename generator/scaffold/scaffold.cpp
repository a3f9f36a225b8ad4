// Planning each scaffold: validate what was typed, read what the site already holds, and
// choose the files to write.
#include "scaffold/scaffold.h"

#include <cstdlib>

#include "diag/diagnostic.h"
#include "ita/framework.h"
#include "scaffold/criteria_file.h"
#include "scaffold/list_append.h"
#include "scaffold/site_facts.h"
#include "scaffold/yaml_skeletons.h"
#include "i18n/translate.h"

namespace itagen::scaffold {
namespace {

Plan failed(Failure failure) {
  Plan plan;
  plan.failure = std::move(failure);
  return plan;
}

// The fiscal year typed; else the latest the site has content for, else the calendar's.
std::optional<int> year_or_latest(const Context& ctx, const std::string& text, Failure* failure) {
  if (!text.empty()) return parse_fiscal_year(text, failure);
  return latest_content_year(ctx.site).value_or(thai::fiscal_year_of(ctx.today));
}

// Says which year was taken when it is not the calendar's, so the user is not surprised.
void note_default_year(const Context& ctx, const std::string& text, int year, Plan& plan) {
  const int calendar = thai::fiscal_year_of(ctx.today);
  if (!text.empty() || year == calendar) return;
  plan.notes.push_back(
      i18n::tr("fiscal year {0}, the latest the site has content for (today is in {1}); --year chooses another",
               std::to_string(year), std::to_string(calendar)));
}

std::optional<Failure> require_site(const Context& ctx) {
  if (ctx.site.is_file("content/site.yaml")) return std::nullopt;
  return Failure{i18n::tr("no content/site.yaml in {0}", ctx.site.describe()),
                 i18n::tr("run 'itagen init DIR' to start a site, or pass --source with the site's folder")};
}

std::string measures_path(int year) { return "content/measures/" + std::to_string(year) + ".yaml"; }

// The measures skeleton of a year, its analysis drawn from the latest results before it.
MeasuresSkeleton measures_skeleton(const Context& ctx, int year, Plan& plan) {
  MeasuresSkeleton s;
  s.fiscal_year = year;
  s.based_on = year - 1;
  const content::SiteConfig config = site_config(ctx.site);
  auto latest = latest_results_before(ctx.site, year, config.target);
  if (!latest) {
    plan.notes.push_back(
        i18n::tr("no results before {0} in content/scores/, so based_on is {1} and the analysis is empty",
                 std::to_string(year), std::to_string(s.based_on)));
    return s;
  }
  s.based_on = latest->fiscal_year;
  for (const auto& [indicator, score] : latest->below_target) {
    const auto* info = latest->framework.find_indicator(indicator);
    s.improve.push_back({indicator, "TODO: ตัวชี้วัดที่ " + std::to_string(indicator) + " " +
                                        (info ? info->title : std::string()) + " ได้ " + score.to_string() +
                                        " ต่ำกว่าเป้าหมาย " + config.target.to_string() +
                                        " วิเคราะห์สาเหตุและแนวทางพัฒนา"});
  }
  if (!latest->below_target.empty()) s.first_indicator = latest->below_target.front().first;
  plan.notes.push_back(i18n::tr("the analysis lists the {0} indicators below the target {1} in the {2} results",
                                std::to_string(s.improve.size()), config.target.to_string(),
                                std::to_string(s.based_on)));
  return s;
}

// Files for items of a year's catalog; items some other file already claims are kept.
void plan_oit_items(const Context& ctx, const ita::Framework& catalog, int year,
                    const std::vector<const ita::OitItem*>& items, Plan& plan) {
  const std::string folder = "content/oit/" + std::to_string(year);
  plan.dirs.push_back(folder);
  auto claimed = claimed_items(ctx.site, year);
  for (const auto* item : items) {
    std::string path = folder + "/" + item_file_name(item->code);
    auto it = claimed.find(item->code);
    if (it != claimed.end()) {
      plan.kept.push_back({it->second, it->second == path ? "" : i18n::tr("it holds item {0}", item->code)});
      continue;
    }
    plan.files.push_back({path, oit_item_file(*item, catalog, year, ctx.today)});
  }
  if (catalog.fiscal_year != year) {
    plan.notes.push_back(
        i18n::tr("there is no OIT catalog for {0} yet; the items are those of the {1} catalog (add "
                 "content/criteria/{2}.yaml when the official list is out)",
                 std::to_string(year), std::to_string(catalog.fiscal_year), std::to_string(year)));
  }
}

std::optional<ita::Framework> year_catalog(const Context& ctx, int year, Failure* failure) {
  auto catalog = framework_for(ctx.site, year);
  if (!catalog) {
    *failure = {i18n::tr("no OIT criteria catalog for fiscal year {0} or any earlier year", std::to_string(year)),
                i18n::tr("add content/criteria/{0}.yaml listing the year's items", std::to_string(year))};
  }
  return catalog;
}

// What a new measure answers until someone edits it: the first indicator below the target
// in the latest results before the year, as in a new measures file.
int first_weak_indicator(const Context& ctx, int year) {
  auto latest = latest_results_before(ctx.site, year, site_config(ctx.site).target);
  return latest && !latest->below_target.empty() ? latest->below_target.front().first : 1;
}

// The measure added at the end of the measures: list of the file there, as text (list_append.h).
// The new text must load with exactly the ids it had plus this one; anything else means the
// edit went wrong, and the user gets the entry to add instead of a damaged file.
Plan add_measure(const Context& ctx, const std::string& path, const std::string& id, int year) {
  const std::string entry = measure_entry(id, year, first_weak_indicator(ctx, year));
  auto show_entry = [&entry](Failure failure) {
    Plan plan = failed(std::move(failure));
    plan.snippet = entry;
    return plan;
  };
  const std::string before = ctx.site.read(path).value_or("");
  const auto ids = measure_ids(ctx.site, year);
  if (!ids) {
    return show_entry({i18n::tr("{0} has errors, so itagen does not add to it", path),
                       i18n::tr("run 'itagen check' and fix them, or add this entry under 'measures:' yourself:")});
  }
  for (const auto& existing : *ids) {
    if (existing == id) {
      return failed(
          {i18n::tr("{0} already has a measure '{1}'", path, id),
           i18n::tr("measure ids are unique in a year: choose another id, or edit the measure that is there")});
    }
  }
  Failure failure;
  auto after = append_to_list(before, "measures", entry, &failure);
  if (!after) return show_entry(failure);
  std::vector<std::string> expected = *ids;
  expected.push_back(id);
  if (measure_ids_in(*after, path) != expected) {
    return show_entry({i18n::tr("itagen could not add measure '{0}' to {1} without changing what is there", id, path),
                       i18n::tr("add this entry under 'measures:' yourself:")});
  }
  Plan plan;
  plan.edits.push_back({path, before, *after, i18n::tr("added measure '{0}'", id)});
  return plan;
}

std::string office_name(const Context& ctx) {
  std::string name = site_config(ctx.site).short_name;
  return name.empty() ? "หน่วยงาน" : name;
}

std::string last_segment(const std::string& slug) {
  std::size_t slash = slug.rfind('/');
  return slash == std::string::npos ? slug : slug.substr(slash + 1);
}

}  // namespace

Plan plan_init(const Context& ctx) {
  Plan plan;
  const std::string fy = std::to_string(thai::fiscal_year_of(ctx.today));
  plan.dirs = {"content/oit/" + fy, "content/measures", "content/reports/" + fy, "content/no-gift",
               "content/committee", "content/scores",  "content/pages",         "content/static/files"};
  plan.files.push_back({"content/site.yaml", site_yaml()});
  return plan;
}

Plan plan_new_oit(const Context& ctx, const std::string& code_text, const std::string& year_text) {
  Failure failure;
  auto code = normalize_item_code(code_text, &failure);
  if (!code) return failed(failure);
  auto year = year_or_latest(ctx, year_text, &failure);
  if (!year) return failed(failure);
  if (auto missing = require_site(ctx)) return failed(*missing);
  auto catalog = year_catalog(ctx, *year, &failure);
  if (!catalog) return failed(failure);
  const ita::OitItem* item = catalog->find(*code);
  if (!item) {
    std::vector<std::string> codes;
    for (const auto& i : catalog->items) codes.push_back(i.code);
    std::string hint = i18n::tr("the {0} catalog has items {1} to {2}", std::to_string(catalog->fiscal_year),
                                codes.front(), codes.back());
    // Past the last item a near spelling means nothing (O99 is not a typo of O9); inside the
    // range a gap in the numbering is worth a suggestion.
    if (std::atoi(code->c_str() + 1) < std::atoi(codes.back().c_str() + 1)) {
      std::string close = diag::closest_match(*code, codes);
      if (!close.empty()) hint += i18n::tr("; did you mean '{0}'?", close);
    }
    return failed({i18n::tr("unknown OIT item '{0}' for fiscal year {1}", code_text, std::to_string(*year)), hint});
  }
  Plan plan;
  plan_oit_items(ctx, *catalog, *year, {item}, plan);
  note_default_year(ctx, year_text, *year, plan);
  return plan;
}

Plan plan_new_measure(const Context& ctx, const std::string& id, const std::string& year_text) {
  Failure failure;
  if (!valid_measure_id(id, &failure)) return failed(failure);
  auto year = year_or_latest(ctx, year_text, &failure);
  if (!year) return failed(failure);
  if (auto missing = require_site(ctx)) return failed(*missing);
  const std::string path = measures_path(*year);
  Plan plan;
  if (!ctx.site.is_file(path)) {
    MeasuresSkeleton skeleton = measures_skeleton(ctx, *year, plan);
    skeleton.measure_ids = {id};
    plan.files.push_back({path, measures_file(skeleton)});
    note_default_year(ctx, year_text, *year, plan);
    return plan;
  }
  plan = add_measure(ctx, path, id, *year);
  if (!plan.failure) note_default_year(ctx, year_text, *year, plan);
  return plan;
}

Plan plan_new_report(const Context& ctx, const std::string& round, const std::string& year_text) {
  Failure failure;
  if (!valid_round(round, &failure)) return failed(failure);
  auto year = year_or_latest(ctx, year_text, &failure);
  if (!year) return failed(failure);
  if (auto missing = require_site(ctx)) return failed(*missing);
  const std::string fy = std::to_string(*year);
  const std::string measures = measures_path(*year);
  Plan plan;
  std::vector<std::string> ids;
  if (ctx.site.is_file(measures)) {
    auto found = measure_ids(ctx.site, *year);
    if (!found) {
      return failed({i18n::tr("{0} has errors, so the report cannot list its measures", measures),
                     i18n::tr("run 'itagen check' and fix them first")});
    }
    ids = *found;
  } else {
    plan.notes.push_back(
        i18n::tr("{0} does not exist, so the report lists no measures; add entries when it does", measures));
  }
  plan.dirs.push_back("content/reports/" + fy);
  plan.files.push_back({"content/reports/" + fy + "/" + round + ".yaml", report_file(*year, round, ids)});
  note_default_year(ctx, year_text, *year, plan);
  return plan;
}

Plan plan_new_page(const Context& ctx, const std::string& slug_text, const std::string& title) {
  Failure failure;
  auto slug = normalize_page_slug(slug_text, &failure);
  if (!slug) return failed(failure);
  if (auto missing = require_site(ctx)) return failed(*missing);
  Plan plan;
  plan.files.push_back(
      {"content/pages/" + *slug + ".md", page_file(title.empty() ? last_segment(*slug) : title, ctx.today)});
  return plan;
}

Plan plan_new_year(const Context& ctx, const std::string& year_text) {
  Failure failure;
  auto year = parse_fiscal_year(year_text, &failure);
  if (!year) return failed(failure);
  if (auto missing = require_site(ctx)) return failed(*missing);
  auto catalog = year_catalog(ctx, *year, &failure);
  if (!catalog) return failed(failure);
  const std::string fy = std::to_string(*year);

  Plan plan;
  // Report rounds name the year's measures; a new skeleton has none yet.
  std::vector<std::string> ids;
  if (ctx.site.is_file(measures_path(*year))) {
    ids = measure_ids(ctx.site, *year).value_or(std::vector<std::string>{});
    plan.kept.push_back({measures_path(*year), ""});
  } else {
    plan.files.push_back({measures_path(*year), measures_file(measures_skeleton(ctx, *year, plan))});
  }
  plan.dirs.push_back("content/reports/" + fy);
  for (const char* round : {"6m", "12m"}) {
    plan.files.push_back({"content/reports/" + fy + "/" + round + ".yaml", report_file(*year, round, ids)});
  }
  std::vector<const ita::OitItem*> items;
  for (const auto& item : catalog->items) items.push_back(&item);
  plan_oit_items(ctx, *catalog, *year, items, plan);
  plan.files.push_back({"content/no-gift/" + fy + ".yaml", no_gift_file(*year, office_name(ctx))});
  plan.files.push_back({"content/no-gift/" + fy + ".md", no_gift_announcement_file(*year, office_name(ctx))});
  plan.files.push_back({"content/committee/" + fy + ".yaml", committee_file(*year)});
  return plan;
}

Plan plan_new_criteria(const Context& ctx, const std::string& year_text, const std::string& from_text) {
  Failure failure;
  auto year = parse_fiscal_year(year_text, &failure);
  if (!year) return failed(failure);
  if (auto missing = require_site(ctx)) return failed(*missing);
  const auto criteria = site_criteria(ctx.site);
  const ita::Framework* from = nullptr;
  if (!from_text.empty()) {
    auto from_year = parse_fiscal_year(from_text, &failure);
    if (!from_year) return failed(failure);
    from = criteria.own(*from_year);
    if (!from) {
      std::string known;
      for (int y : criteria.years()) known += (known.empty() ? "" : ", ") + std::to_string(y);
      return failed({i18n::tr("there are no criteria for fiscal year {0} to start from", from_text),
                     i18n::tr("years with criteria: {0}", known)});
    }
  } else {
    from = criteria.for_year(*year);
    if (!from) from = criteria.for_history(*year);
  }
  if (!from)
    return failed(
        {i18n::tr("there are no criteria to start from"), i18n::tr("the generator's own criteria could not be read")});
  Plan plan;
  plan.files.push_back({"content/criteria/" + std::to_string(*year) + ".yaml", criteria_file(*from, *year)});
  plan.notes.push_back(
      i18n::tr("written from the {0} criteria: edit it to match the year's official list, then run itagen check",
               std::to_string(from->fiscal_year)));
  return plan;
}

}  // namespace itagen::scaffold
