// Printing the official documents: the theme's print template around the document's data, the
// logo inlined, the digits localised, then WeasyPrint as a child process (no shell, a time
// limit), reading the HTML on stdin and writing the PDF on stdout.
#include "pipeline/documents.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

#include "i18n/translate.h"
#include "pipeline/child_process.h"
#include "pipeline/offline_html.h"
#include "text/base64.h"
#include "thai/numerals.h"
#include "thai/sara_am.h"

namespace itagen::pipeline {
namespace {

// A report of about twenty pages prints in a few seconds; a hung engine must not hang a build.
constexpr std::chrono::seconds kPrintTimeout{120};

std::string image_type(const std::string& path) {
  auto ends = [&](const char* suffix) {
    std::string lower = path;
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return lower.ends_with(suffix);
  };
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".jpg") || ends(".jpeg")) return "image/jpeg";
  return "image/png";
}

// The engine's message for people: its last non-empty line of stderr (Python ends with the
// exception), or its exit status.
std::string engine_message(const ChildResult& r) {
  if (!r.started) return i18n::tr("cannot run {0}: {1}", kPdfEngine, r.error);
  // TRANSLATORS: {0} is the PDF engine (weasyprint), {1} a number of seconds.
  if (r.timed_out) return i18n::tr("{0} did not finish within {1} s", kPdfEngine, kPrintTimeout.count());
  std::string last;
  std::size_t start = 0;
  while (start < r.err.size()) {
    std::size_t end = r.err.find('\n', start);
    if (end == std::string::npos) end = r.err.size();
    std::string line = r.err.substr(start, end - start);
    if (line.find_first_not_of(" \t\r") != std::string::npos) last = line;
    start = end + 1;
  }
  if (last.empty()) last = i18n::tr("exit status {0}", r.exit_status);
  return std::string(kPdfEngine) + ": " + last;
}

// "2024-01-24" -> seconds since 1970 (UTC midnight); 0 when it is not such a date. The days are
// counted with the civil-from-days algorithm (proleptic Gregorian calendar).
long long epoch_seconds(const std::string& iso) {
  int y = 0, m = 0, d = 0;
  if (std::sscanf(iso.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31) return 0;
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const long long yoe = y - era * 400;
  const long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return (era * 146097 + doe - 719468) * 86400;
}

}  // namespace

bool check_pdf_engine(const content::SiteConfig& site, diag::DiagnosticSink& diags) {
  if (!site.documents_pdf || !find_in_path(kPdfEngine).empty()) return true;
  diags.error(site.documents_where,
              i18n::tr("documents: pdf needs the PDF engine WeasyPrint, and 'weasyprint' is not installed (not "
                       "found in PATH)"),
              i18n::tr("install it with 'apt-get install weasyprint fonts-tlwg-laksaman' (make deps does), or "
                       "remove 'documents: pdf' to publish the pages only"));
  return false;
}

DocumentSet::DocumentSet(std::shared_ptr<const model::SiteModel> model, std::shared_ptr<const render::Theme> theme,
                         nlohmann::json site_data, const fs::FileSystem& files)
    : model_(std::move(model)), theme_(std::move(theme)), ctx_(*model_), site_data_(std::move(site_data)) {
  const auto& logo = model_->content.site.logo;
  if (!logo.empty()) {
    if (auto bytes = files.read("content/static/" + logo)) {
      logo_uri_ = "data:" + image_type(logo) + ";base64," + text::base64(*bytes);
    }
  }
}

bool DocumentSet::has(const std::string& file) const {
  for (const auto& d : model_->documents) {
    if (d.file == file) return true;
  }
  return false;
}

std::string DocumentSet::html(const views::DocumentJob& job, std::string* created) const {
  nlohmann::json data = job.data();
  if (created) *created = data["doc"].value("created", "");
  // A data: URI made here from the site's own file; templates insert it as an attribute value.
  data["doc"]["logo"] = logo_uri_.empty() ? nlohmann::json(nullptr) : nlohmann::json(logo_uri_);
  std::string html = theme_->render(job.type, data, site_data_);
  html = drop_fetched_images(html);
  return thai::decompose_sara_am(thai::localize_html_digits(html, model_->content.site.numerals));
}

std::string DocumentSet::html_for(const std::string& file) const {
  views::DocumentJob job;
  return views::find_document_job(ctx_, file, job) ? html(job) : std::string();
}

std::optional<std::string> DocumentSet::print_job(const views::DocumentJob& job, std::string* error) const {
  std::string created;
  std::string page = html(job, &created);
  return print_html(page, created, error);
}

std::optional<std::string> DocumentSet::print_html(const std::string& html, const std::string& created,
                                                   std::string* error) const {
  // Links in the PDF lead to the live site; everything the document shows is inside the HTML.
  // A base_url that is only a path names no site: the engine then gets none.
  const std::string& base = ctx_.base_url();
  const bool has_host = base.starts_with("https://") || base.starts_with("http://");
  std::vector<std::string> argv{find_in_path(kPdfEngine)};
  if (has_host) argv.insert(argv.end(), {"--base-url", base});
  argv.insert(argv.end(), {"-", "-"});
  if (argv.front().empty()) {
    *error = i18n::tr("'{0}' is not installed (not found in PATH)", kPdfEngine);
    return std::nullopt;
  }
  // The fonts' subsets carry a timestamp (fontTools takes it from SOURCE_DATE_EPOCH when set):
  // the document's own date, so that the same content gives the same bytes.
  std::vector<std::string> env{"SOURCE_DATE_EPOCH=" + std::to_string(epoch_seconds(created))};
  ChildResult r = run_child(argv, html, kPrintTimeout, env);
  if (!r.started || r.timed_out || r.exit_status != 0 || !r.out.starts_with("%PDF-")) {
    *error = engine_message(r);
    return std::nullopt;
  }
  return std::move(r.out);
}

std::optional<std::string> DocumentSet::print(const std::string& file, std::string* error) const {
  std::lock_guard printing(print_mutex_);
  if (auto it = printed_.find(file); it != printed_.end()) return it->second;
  views::DocumentJob job;
  if (!views::find_document_job(ctx_, file, job)) {
    *error = i18n::tr("no document {0}", file);
    return std::nullopt;
  }
  auto pdf = print_job(job, error);
  if (pdf) printed_[file] = *pdf;
  return pdf;
}

bool DocumentSet::print_all(output::OutputSink& sink, diag::DiagnosticSink& diags) const {
  const std::vector<views::DocumentJob> jobs = views::document_jobs(ctx_);
  for (const auto& job : jobs) {
    if (!theme_->has_template(job.type)) {
      diags.error({"themes/" + model_->content.site.theme + "/templates/" + job.type + ".mustache", 0, 0},
                  i18n::tr("the theme has no template for document '{0}'", job.type),
                  i18n::tr("copy it from the default theme"));
      return false;
    }
  }
  // Two engines at a time: the report takes most of the time, the announcements print beside it.
  // The results are reported and written in the documents' order, whichever finishes first.
  std::vector<std::optional<std::string>> pdfs(jobs.size());
  std::vector<std::string> errors(jobs.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < jobs.size(); i = next++) pdfs[i] = print_job(jobs[i], &errors[i]);
  };
  std::thread helper(worker);
  worker();
  helper.join();
  bool ok = true;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    if (!pdfs[i]) {
      diags.error(model_->content.site.documents_where,
                  i18n::tr("could not print {0}: {1}", jobs[i].route.file, errors[i]),
                  i18n::tr("run 'weasyprint --info' to check the engine, or remove 'documents: pdf' to publish "
                           "the pages only"));
      ok = false;
    } else if (!sink.write(jobs[i].route.file, *pdfs[i])) {
      ok = false;
    }
  }
  return ok;
}

}  // namespace itagen::pipeline
