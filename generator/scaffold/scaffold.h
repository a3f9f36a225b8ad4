// `itagen init` and `itagen new`: each scaffold is planned first (which files, with what text)
// from a read-only view of the site and a date, then applied by apply_plan() (apply.h), which never overwrites.
// Planning is pure, so tests run it on an in-memory site.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "fs/file_system.h"
#include "scaffold/names.h"
#include "thai/dates.h"

namespace itagen::scaffold {

struct NewFile {
  std::string path;  // site-relative
  std::string text;
};

// A change to a file that exists: written only if the file still holds `before` (nobody
// edited it meanwhile), into a temporary file renamed over it, so the user's file is either
// the old text or the new, never half of it.
struct FileEdit {
  std::string path;  // site-relative
  std::string before;
  std::string after;
  std::string what;  // "added measure 'x'", for the report
};

struct Kept {
  std::string path;
  std::string why;  // empty when it simply exists
};

struct Plan {
  std::vector<std::string> dirs;   // site-relative folders that must exist afterwards
  std::vector<NewFile> files;      // created unless they exist
  std::vector<FileEdit> edits;     // existing files changed
  std::vector<Kept> kept;          // known already to stay as they are
  std::vector<std::string> notes;  // what the user should know afterwards
  std::optional<Failure> failure;  // when set, nothing is written
  std::string snippet;             // YAML for the user to add by hand, printed with the failure
};

struct Context {
  const fs::FileSystem& site;
  thai::Date today;
};

// A new site: content/site.yaml and the current fiscal year's folders.
Plan plan_init(const Context& ctx);
// The year arguments are as typed; empty means the latest fiscal year the site has content
// for (site_facts.h: latest_content_year), or the fiscal year of ctx.today in an empty site.
Plan plan_new_oit(const Context& ctx, const std::string& code, const std::string& year);
// Creates the year's measures file, or adds the measure at the end of the measures: list of
// the one there (list_append.h), keeping its comments and order; an id already there fails.
Plan plan_new_measure(const Context& ctx, const std::string& id, const std::string& year);
Plan plan_new_report(const Context& ctx, const std::string& round, const std::string& year);
// title empty: the last part of the slug.
Plan plan_new_page(const Context& ctx, const std::string& slug, const std::string& title);
// Everything a new fiscal year needs: measures, report rounds, one file per OIT item, no-gift
// policy and committee.
Plan plan_new_year(const Context& ctx, const std::string& year);
// content/criteria/<year>.yaml: the whole framework of from_year (default: the one the year
// uses now, its own or the latest earlier one), to edit into the year's official criteria.
Plan plan_new_criteria(const Context& ctx, const std::string& year, const std::string& from_year);

}  // namespace itagen::scaffold
