// The passes assemble() runs, in order. Each reads what earlier passes built.
#pragma once

#include "diag/diagnostic.h"
#include "model/site_model.h"

namespace itagen::model {

void resolve_oit(SiteModel& model, diag::DiagnosticSink& sink);          // oit_status.cpp
void compute_results(SiteModel& model, diag::DiagnosticSink& sink);      // results.cpp
void collect_routes(SiteModel& model);                                   // page_set.cpp
void link_measures(SiteModel& model, diag::DiagnosticSink& sink);        // measure_links.cpp
void check_measures(const SiteModel& model, diag::DiagnosticSink& sink); // measure_checks.cpp
void check_evidence(const SiteModel& model, diag::DiagnosticSink& sink); // evidence_checks.cpp

}  // namespace itagen::model
