// Partials that include themselves: reported once and quickly, never expanded exponentially
// (found by fuzz/template_text_fuzzer.cpp: four self-inclusions hung the build).
#include <doctest/doctest.h>

#include "render/template_engine.h"

using itagen::diag::DiagnosticSink;
using itagen::render::CompiledTemplates;

TEST_CASE("stops_at_a_partial_that_includes_itself_several_times") {
  CompiledTemplates templates;
  templates.add_template("page", "{{> p}}", "templates/page.mustache");
  templates.add_partial("p", "{{>p}}{{>p}}{{>p}}{{>p}}", "templates/partials/p.mustache");
  DiagnosticSink sink;
  CHECK_FALSE(templates.compile(sink));
  CHECK(sink.error_count() == 1);
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(sink.diagnostics()[0].message == "partial 'p' includes itself");
}

TEST_CASE("errors_on_partials_nested_too_many_times") {
  // Ten partials each using the next ten times: 10^9 inclusions without a limit.
  CompiledTemplates templates;
  templates.add_template("page", "{{> p0}}", "templates/page.mustache");
  for (int i = 0; i < 9; ++i) {
    std::string next = "{{> p" + std::to_string(i + 1) + "}}";
    std::string text;
    for (int k = 0; k < 10; ++k) text += next;
    templates.add_partial("p" + std::to_string(i), text, "templates/partials/p" + std::to_string(i) + ".mustache");
  }
  templates.add_partial("p9", "x", "templates/partials/p9.mustache");
  DiagnosticSink sink;
  CHECK_FALSE(templates.compile(sink));
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(sink.diagnostics()[0].message == "template includes partials too many times (more than 1000)");
}
