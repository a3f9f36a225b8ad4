// load_site: walks content/, sends each file to its parser and files the records by year.
// File names follow the contract; anything else is reported, never silently dropped.
#include <algorithm>
#include <cctype>
#include <map>
#include <thread>

#include "content/load_site.h"
#include "content/parsers.h"
#include "content/rounds.h"
#include "content/field_readers.h"
#include "content/text_checks.h"
#include "i18n/translate.h"

namespace itagen::content {
namespace {

using namespace detail;

std::vector<std::string> split(const std::string& path) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    parts.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return parts;
}

// README files and dotfiles (.DS_Store, .gitkeep) belong to the author, not the site.
bool is_private(const std::vector<std::string>& parts) {
  for (const auto& part : parts) {
    if (!part.empty() && part.front() == '.') return true;
  }
  std::string name = parts.back();
  for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name.rfind("README", 0) == 0;
}

class Walker {
 public:
  Walker(const fs::FileSystem& files, diag::DiagnosticSink& sink) : files_(files), sink_(sink) {}

  SiteContent run();

 private:
  std::optional<std::string> read(const std::string& path);
  void ignored(const std::string& path, const std::string& hint);
  // The BE year a file or folder name states, reporting CE years; nullopt when not a year.
  std::optional<int> named_year(const std::string& path, const std::string& name, bool* reported);
  void dispatch(const std::string& path);
  void load_year_file(const std::string& path, const std::vector<std::string>& parts);
  void load_no_gift();
  void load_pages();
  void load_oit_items();
  void resolve_duplicates();

  const fs::FileSystem& files_;
  diag::DiagnosticSink& sink_;
  SiteContent content_;
  std::vector<std::string> page_paths_;
  std::vector<std::string> oit_paths_;
  std::vector<int> oit_years_;
  std::map<int, std::string> no_gift_yaml_, no_gift_md_;
};

std::optional<std::string> read_checked(const fs::FileSystem& files, const std::string& path, diag::DiagnosticSink& sink) {
  auto text = files.read(path);
  if (!text) {
    sink.error({path, 1, 1}, i18n::tr("cannot read file"), i18n::tr("check that the file exists and is readable"));
    return std::nullopt;
  }
  if (text->size() > kMaxFileBytes) {
    sink.error({path, 1, 1}, i18n::tr("file too large"),
               i18n::tr("content files must be under 10 MB; put large documents in content/static/"));
    return std::nullopt;
  }
  if (std::all_of(text->begin(), text->end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; })) {
    sink.error({path, 1, 1}, i18n::tr("empty file"), i18n::tr("write its content, or delete the file"));
    return std::nullopt;
  }
  return text;
}

std::optional<std::string> Walker::read(const std::string& path) { return read_checked(files_, path, sink_); }

void Walker::ignored(const std::string& path, const std::string& hint) {
  sink_.warning({path, 0, 0}, i18n::tr("ignored file '{0}'", path), hint);
}

std::optional<int> Walker::named_year(const std::string& path, const std::string& name, bool* reported) {
  auto year = four_digit_year(name);
  if (year && *year < thai::kFirstBuddhistEraYear) {
    sink_.error(
        {path, 1, 1}, i18n::tr("'{0}' in the path is not a Buddhist Era year", name),
        i18n::tr("fiscal years are Buddhist Era: did you mean {0}?", std::to_string(*year + thai::kBuddhistEraOffset)));
    *reported = true;
    return std::nullopt;
  }
  return year;
}

void Walker::load_year_file(const std::string& path, const std::vector<std::string>& parts) {
  const std::string& kind = parts[1];
  bool reported = false;
  std::optional<int> year;
  if (parts.size() == 3 && parts[2].ends_with(".yaml")) year = named_year(path, stem(parts[2]), &reported);
  if (reported) return;
  if (!year) {
    ignored(path, i18n::tr("name it after the Buddhist Era fiscal year, such as content/{0}/2567.yaml", kind));
    return;
  }
  auto text = read(path);
  if (!text) return;
  if (kind == "scores") {
    if (auto rec = parse_scores(*text, path, sink_)) content_.scores[*year] = std::move(*rec);
  } else if (kind == "measures") {
    if (auto rec = parse_measures(*text, path, sink_)) content_.measures[*year] = std::move(*rec);
  } else if (kind == "committee") {
    if (auto rec = parse_committee(*text, path, sink_)) content_.committee[*year] = std::move(*rec);
  } else if (kind == "criteria") {
    if (auto rec = parse_criteria(*text, path, sink_)) content_.criteria[*year] = std::move(*rec);
  }
}

void Walker::dispatch(const std::string& path) {
  auto parts = split(path);  // "content", kind, ...
  if (parts.size() < 2 || is_private(parts)) return;
  const std::string& kind = parts[1];
  bool reported = false;
  if (parts.size() == 2) {
    if (kind != "site.yaml") ignored(path, i18n::tr("content/ holds site.yaml and the folders of the content model"));
  } else if (kind == "static") {
    content_.static_files.push_back(path.substr(std::string("content/static/").size()));
  } else if (kind == "scores" || kind == "measures" || kind == "committee" || kind == "criteria") {
    load_year_file(path, parts);
  } else if (kind == "no-gift") {
    auto year = parts.size() == 3 ? named_year(path, stem(parts[2]), &reported) : std::nullopt;
    if (year && parts[2].ends_with(".yaml")) {
      no_gift_yaml_[*year] = path;
    } else if (year && parts[2].ends_with(".md")) {
      no_gift_md_[*year] = path;
    } else if (!reported) {
      ignored(path,
              i18n::tr("name it after the Buddhist Era fiscal year, such as content/no-gift/2567.yaml or 2567.md"));
    }
  } else if (kind == "oit") {
    auto year = parts.size() == 4 ? named_year(path, parts[2], &reported) : std::nullopt;
    if (year && parts[3].ends_with(".md")) {
      oit_paths_.push_back(path);  // parsed in parallel by load_oit_items()
      oit_years_.push_back(*year);
    } else if (!reported) {
      ignored(
          path,
          i18n::tr("put one Markdown file per item in content/oit/<fiscal year>/, such as content/oit/2567/O01.md"));
    }
  } else if (kind == "reports") {
    auto year = parts.size() == 4 ? named_year(path, parts[2], &reported) : std::nullopt;
    if (year && parts[3].ends_with(".yaml") && content::round_month(stem(parts[3]))) {
      auto text = read(path);
      if (!text) return;
      if (auto report = parse_report(*text, path, sink_)) content_.reports[*year].push_back(std::move(*report));
    } else if (!reported) {
      ignored(path, i18n::tr("name it after the round, such as content/reports/2567/6m.yaml (6m 12m q1 q2 q3 q4)"));
    }
  } else if (kind == "pages") {
    if (!path.ends_with(".md")) {
      ignored(path, i18n::tr("pages are Markdown files; put images and documents in content/static/"));
      return;
    }
    page_paths_.push_back(path);  // parsed in parallel by load_pages()
  } else {
    ignored(path, i18n::tr("content/ holds site.yaml and the folders of the content model"));
  }
}

void Walker::load_no_gift() {
  for (const auto& [year, path] : no_gift_yaml_) {
    auto text = read(path);
    if (!text) continue;
    std::string md_text, md_path;
    if (auto it = no_gift_md_.find(year); it != no_gift_md_.end()) {
      md_path = it->second;
      md_text = files_.read(md_path).value_or("");
    }
    if (auto rec = parse_no_gift(*text, path, md_text, md_path, sink_)) content_.no_gift[year] = std::move(*rec);
  }
  for (const auto& [year, path] : no_gift_md_) {
    if (!no_gift_yaml_.count(year)) {
      sink_.warning({path, 0, 0}, i18n::tr("'{0}' has no {1}.yaml beside it", path, std::to_string(year)),
                    i18n::tr("add content/no-gift/{0}.yaml with the announcement's details", std::to_string(year)));
    }
  }
}

// Reads and parses files on every core (a portal may have thousands of free pages, an office
// dozens of OIT items), each thread over a contiguous share with its own sink, merged in order so
// messages and records come out exactly as a sequential load would give them.
template <typename Record, typename Parse>
std::vector<std::optional<Record>> parse_in_parallel(const fs::FileSystem& files, const std::vector<std::string>& paths,
                                                     Parse parse, diag::DiagnosticSink& sink) {
  constexpr std::size_t kFilesPerThread = 16;  // below this a thread costs more than it saves
  const std::size_t n = paths.size();
  std::vector<std::optional<Record>> parsed(n);
  const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
  const std::size_t shares = std::min(threads, std::max<std::size_t>(1, n / kFilesPerThread));
  std::vector<diag::DiagnosticSink> sinks(shares);
  auto parse_share = [&](std::size_t share) {
    for (std::size_t i = n * share / shares; i < n * (share + 1) / shares; ++i) {
      if (auto text = read_checked(files, paths[i], sinks[share])) parsed[i] = parse(*text, i, sinks[share]);
    }
  };
  std::vector<std::thread> pool;
  for (std::size_t share = 1; share < shares; ++share) pool.emplace_back(parse_share, share);
  parse_share(0);
  for (auto& t : pool) t.join();
  for (const auto& local : sinks) {
    for (const auto& d : local.diagnostics()) sink.report(d);
  }
  return parsed;
}

void Walker::load_pages() {
  auto parsed = parse_in_parallel<PageRecord>(
      files_, page_paths_,
      [&](const std::string& text, std::size_t i, diag::DiagnosticSink& sink) {
        return parse_page(text, page_paths_[i], sink);
      },
      sink_);
  for (auto& page : parsed) {
    if (page) content_.pages.push_back(std::move(*page));
  }
}

void Walker::load_oit_items() {
  auto parsed = parse_in_parallel<OitItemFile>(
      files_, oit_paths_,
      [&](const std::string& text, std::size_t i, diag::DiagnosticSink& sink) {
        return parse_oit_item(text, oit_paths_[i], oit_years_[i], sink);
      },
      sink_);
  for (std::size_t i = 0; i < parsed.size(); ++i) {
    if (parsed[i]) content_.oit[oit_years_[i]].push_back(std::move(*parsed[i]));
  }
}

void Walker::resolve_duplicates() {
  for (auto& [year, items] : content_.oit) {
    std::map<std::string, std::string> claimed;
    std::vector<OitItemFile> kept;
    for (auto& item : items) {
      auto [first, fresh] = claimed.emplace(item.item, item.where.path);
      if (!fresh) {
        sink_.error(item.where, i18n::tr("item '{0}' is already given by '{1}'", item.item, first->second),
                    i18n::tr("keep one file per item: merge the two or correct 'item:'"));
        continue;
      }
      kept.push_back(std::move(item));
    }
    items = std::move(kept);
  }
  std::map<std::string, std::string> slugs;
  std::vector<PageRecord> pages;
  for (auto& page : content_.pages) {
    auto [first, fresh] = slugs.emplace(page.slug, page.source_path);
    if (!fresh) {
      sink_.error({page.source_path, 1, 1}, i18n::tr("page '{0}' is also written by '{1}'", page.slug, first->second),
                  i18n::tr("rename or remove one of the two files"));
      continue;
    }
    pages.push_back(std::move(page));
  }
  content_.pages = std::move(pages);
  for (auto& [year, reports] : content_.reports) {
    std::stable_sort(reports.begin(), reports.end(), [](const ReportRecord& a, const ReportRecord& b) {
      return round_month(a.round).value_or(99) < round_month(b.round).value_or(99);
    });
  }
}

SiteContent Walker::run() {
  const std::string site_path = "content/site.yaml";
  if (!files_.is_file(site_path)) {
    sink_.error(
        {site_path, 1, 1}, i18n::tr("missing site settings"),
        i18n::tr("create content/site.yaml with at least name, short_name and base_url ('itagen init' writes one)"));
  } else if (auto text = read(site_path)) {
    if (auto site = parse_site_config(*text, site_path, sink_)) content_.site = std::move(*site);
  }
  for (const auto& path : files_.list_files("content")) dispatch(path);
  load_no_gift();
  load_oit_items();
  load_pages();
  resolve_duplicates();
  return std::move(content_);
}

}  // namespace

SiteContent load_site(const fs::FileSystem& files, diag::DiagnosticSink& sink) {
  return Walker(files, sink).run();
}

}  // namespace itagen::content
