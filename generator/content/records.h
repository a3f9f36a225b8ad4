// Typed records for every content kind in docs/content.md. Each record keeps the
// source location of itself and of the fields a later check may complain about, so a message
// points at the exact line. Markdown fields stay Markdown here; rendering happens later.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "ita/decimal.h"
#include "ita/framework.h"
#include "thai/dates.h"
#include "thai/numerals.h"

namespace itagen::content {

using diag::SourceLocation;
using ita::Score;
using thai::Date;

template <typename T>
struct Located {
  T value{};
  SourceLocation where;
};

// A Markdown (md) field: source text plus where it starts.
// Text shared between copies. The preview server copies the site's content for every rebuild
// (the previous build must stay intact until the new one succeeds), and Markdown bodies are
// most of its bytes: sharing them makes that copy cheap (10,000 pages: 34 MB not copied).
class SharedText {
 public:
  SharedText() = default;
  SharedText(std::string text) : text_(std::make_shared<const std::string>(std::move(text))) {}  // NOLINT: implicit on purpose
  const std::string& str() const { return text_ ? *text_ : empty_string(); }
  operator const std::string&() const { return str(); }  // NOLINT
  operator std::string_view() const { return str(); }     // NOLINT
  bool empty() const { return str().empty(); }
  std::size_t size() const { return str().size(); }
  friend bool operator==(const SharedText& a, const SharedText& b) { return a.str() == b.str(); }
  friend bool operator==(const SharedText& a, std::string_view b) { return a.str() == b; }

 private:
  static const std::string& empty_string() {
    static const std::string empty;
    return empty;
  }
  std::shared_ptr<const std::string> text_;
};

struct Markdown {
  SharedText source;
  SourceLocation where;
  bool empty() const { return source.empty(); }
};

// One piece of evidence: exactly one of file (under content/static/), url, or page (a
// generated page path such as "measures/2567").
struct Evidence {
  std::string title;
  std::string file;
  std::string url;
  std::string page;
  // A generated official document, named by its page: "report/2567", "measures/2567",
  // "no-gift/2567" (needs documents: pdf in site.yaml).
  std::string document;
  SourceLocation where;
};

// ---- content/site.yaml ----
struct Contact {
  std::string address, phone, email, website, facebook, line;
};

struct ComplaintChannel {
  std::string title, url, phone, email;
  SourceLocation where;
};

struct SiteConfig {
  std::string name;
  std::string short_name;
  std::string name_en;
  std::string base_url;  // always ends with '/'
  thai::Numerals numerals = thai::Numerals::kArabic;
  Score target = Score::from_hundredths(8500);
  std::string theme = "default";
  SourceLocation theme_where;  // the theme: line, or the file when absent
  bool unsafe_html = false;
  Contact contact;
  std::vector<ComplaintChannel> complaint_channels;
  std::optional<Date> oit_deadline;  // when this year's OIT answers are due (itagen status)
  // documents: pdf also publishes the year's official documents as PDF files.
  bool documents_pdf = false;
  SourceLocation documents_where;  // the documents: line (for a missing PDF engine)
  std::string logo;  // the office's emblem, a file under content/static/
  SourceLocation logo_where;
  SourceLocation where;
};

// ---- content/scores/<fy>.yaml ----
struct ItemResult {
  std::string code;  // "O24"
  std::optional<Score> score;  // 0 or 100; nullopt = not applicable (left out of means)
  std::string note;
  SourceLocation where;
};

struct ScoresRecord {
  int fiscal_year = 0;  // BE
  std::optional<Located<Score>> total;
  std::optional<Located<std::string>> level;
  std::optional<int> rank;
  std::optional<int> of;
  // Keyed as in the year's framework (checked there); each score is located at its key.
  std::map<int, Located<Score>> indicators;                 // 1, 2, ...
  std::map<std::string, Located<Score>> sub_indicators;     // "9.1"
  std::map<std::string, Located<Score>> tools;              // "IIT" (weighted scores)
  // Where each key of those maps is written: "indicator '3'", "sub-indicator '9.1'", "tool 'IIT'".
  std::map<std::string, SourceLocation> key_where;
  std::vector<ItemResult> items;
  SourceLocation where;
};

// Who signs an announcement: the head of office, as the signature block prints it.
struct Signer {
  std::string name, position;
};

// ---- content/measures/<fy>.yaml ----
struct AnalysisPoint {
  int indicator = 0;
  Markdown text;
  SourceLocation where;
  SourceLocation indicator_where;
};

struct Analysis {
  std::vector<AnalysisPoint> strengths, urgent, improve;
};

struct Limitation {
  std::string area;
  Markdown text;
};

struct Responsible {
  std::string group;
  std::vector<std::string> people;
};

struct Monitoring {
  std::vector<std::string> supervisors;
  std::string report_to;
  std::vector<std::string> rounds;  // 6m 12m q1..q4
};

enum class MeasureKind { kUrgent, kImprove, kOngoing };

struct Measure {
  std::string id;
  std::string title;
  MeasureKind kind = MeasureKind::kUrgent;
  std::vector<int> indicators;
  std::vector<SourceLocation> indicator_where;  // of each indicator
  std::vector<std::string> items;  // OIT codes
  std::vector<SourceLocation> item_where;
  Markdown issue;
  std::vector<Markdown> steps;
  std::vector<Responsible> responsible;
  Date period_start, period_end;
  Monitoring monitoring;
  SourceLocation where;
  SourceLocation period_where;
};

struct MeasuresRecord {
  int fiscal_year = 0;
  int based_on = 0;
  std::optional<Date> approved;
  std::string committee_order;
  Signer signed_by;  // who announces the measures (measures.pdf's signature block)
  Analysis analysis;
  std::vector<Limitation> limitations;
  std::vector<Markdown> support_requests;
  std::vector<Measure> measures;
  SourceLocation where;
};

// ---- content/no-gift/<fy>.yaml (+ <fy>.md) ----

struct Announcement {
  std::string title;
  std::optional<Date> date;
  Signer signed_by;
  std::string document;  // file under content/static/
  SourceLocation document_where;
};

struct Dissemination {
  std::optional<Date> date;
  std::string channel;  // website amss facebook line letter meeting signboard other
  std::string audience;
  Markdown text;
  std::vector<Evidence> evidence;
};

struct Activity {
  std::optional<Date> date;
  std::string title;
  Markdown text;
  std::vector<Evidence> evidence;
};

struct NoGiftReport {
  std::optional<Date> as_of;
  std::optional<int> gifts_received;
  Markdown text;
  std::vector<Evidence> evidence;
};

struct NoGiftRecord {
  int fiscal_year = 0;
  Announcement announcement;
  Markdown body;  // the announcement text from <fy>.md, if present
  std::vector<Dissemination> dissemination;
  std::vector<Activity> activities;
  std::optional<NoGiftReport> report;
  SourceLocation where;
};

// ---- content/oit/<fy>/*.md ----
struct OitItemFile {
  int fiscal_year = 0;
  std::string item;  // "O1", normalised upper-case without leading zeros
  Date updated;
  std::string responsible;
  std::vector<Evidence> evidence;
  // When there is genuinely nothing to publish this year (no procurement), the office's
  // statement saying so: it counts as the disclosure.
  Markdown statement;
  std::string assessor_note;  // where on the site the assessors find the evidence
  Markdown body;
  SourceLocation where;  // the file, line of the item key
};

// ---- content/reports/<fy>/<round>.yaml ----
enum class ReportStatus { kPlanned, kInProgress, kDone, kDropped };

struct ReportEntry {
  std::string id;  // measure id
  ReportStatus status = ReportStatus::kPlanned;
  std::optional<int> progress;  // 0..100
  Markdown results;
  Markdown problems;
  std::vector<Evidence> evidence;
  SourceLocation where;
};

struct ReportRecord {
  int fiscal_year = 0;
  std::string round;  // 6m 12m q1..q4
  std::optional<Date> as_of;
  Markdown summary;
  std::vector<ReportEntry> measures;
  SourceLocation where;
};

// ---- content/committee/<fy>.yaml ----
struct CommitteeOrder {
  std::string number;  // "159/2567"
  std::optional<Date> date;
  std::string title;
  std::string document;
  SourceLocation document_where;
};

struct Member {
  std::string name, position, role;
};

struct Meeting {
  std::optional<Date> date;
  std::string time;
  std::string place;
  std::vector<Markdown> agenda;
  std::vector<Markdown> resolutions;
  std::vector<Located<std::string>> measures;  // measure ids
};

struct CommitteeRecord {
  int fiscal_year = 0;
  std::optional<CommitteeOrder> order;
  std::vector<Member> members;
  std::vector<Meeting> meetings;
  SourceLocation where;
};

// ---- content/pages/**.md ----
struct PageRecord {
  std::string source_path;  // content/pages/about/contact.md
  std::string slug;         // about/contact  (URL /about/contact/)
  std::string title;
  std::optional<Date> date;
  bool draft = false;
  int weight = 0;
  std::string menu;  // "main" puts it in the site navigation
  Markdown body;
  SourceLocation where;
};

// ---- content/criteria/<fy>.yaml (or a file shipped in generator/data/criteria/) ----
// One year's framework as written: the sections not given are inherited from based_on when
// the set of criteria is assembled (content/criteria_set.h).
template <typename T>
struct Section {
  T value;
  SourceLocation where;  // the section's key
};

struct CriteriaFile {
  int fiscal_year = 0;
  std::string path;
  SourceLocation where;
  std::optional<Located<int>> based_on;
  std::optional<bool> provisional;
  std::optional<std::string> source;
  std::optional<Section<std::vector<ita::ToolDef>>> tools;
  std::optional<Section<std::vector<ita::IndicatorDef>>> indicators;
  std::optional<Section<std::vector<ita::SubIndicatorDef>>> sub_indicators;
  std::optional<Section<ita::Rating>> rating;
  std::optional<Section<std::vector<ita::OitItem>>> items;
};

// Everything loaded from a site folder, keyed by fiscal year (BE) where the kind has one.
struct SiteContent {
  SiteConfig site;
  std::map<int, ScoresRecord> scores;
  std::map<int, MeasuresRecord> measures;
  std::map<int, NoGiftRecord> no_gift;
  std::map<int, std::vector<OitItemFile>> oit;
  std::map<int, std::vector<ReportRecord>> reports;
  std::map<int, CommitteeRecord> committee;
  std::vector<PageRecord> pages;
  std::vector<std::string> static_files;  // paths relative to content/static/
  // Files that could not be read without errors: the checks that follow leave out what would
  // only repeat those errors (a reference into a measures file that did not parse).
  std::set<std::string> unreadable;
  bool readable(const std::string& path) const { return unreadable.count(path) == 0; }
  std::map<int, CriteriaFile> criteria;   // the site's own content/criteria/<fy>.yaml
};

}  // namespace itagen::content
