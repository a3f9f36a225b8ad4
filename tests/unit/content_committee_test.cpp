// content/committee/<fy>.yaml: order, members, meetings.
#include <doctest/doctest.h>

#include "content/parsers.h"

using namespace itagen;

TEST_CASE("reads_every_field_of_a_committee_file") {
  diag::DiagnosticSink sink;
  auto rec = content::parse_committee(
      "fiscal_year: 2567\n"
      "order: {number: 159/2567, date: 2567-05-08, title: แต่งตั้งคณะกรรมการ, document: files/order.pdf}\n"
      "members:\n"
      "  - {name: นายก, position: ผอ., role: ประธานกรรมการ}\n"
      "meetings:\n"
      "  - date: 2024-02-21\n"
      "    time: \"09:30\"\n"
      "    place: ห้องประชุม\n"
      "    agenda: [วาระ 1]\n"
      "    resolutions: [มติ 1, มติ 2]\n"
      "    measures: [transparent-personnel]\n",
      "content/committee/2567.yaml", sink);
  REQUIRE(rec);
  CHECK(sink.diagnostics().empty());
  CHECK(rec->order->number == "159/2567");
  CHECK(*rec->order->date == thai::Date{2024, 5, 8});
  CHECK(rec->order->document == "files/order.pdf");
  CHECK(rec->order->document_where.line == 2);
  CHECK(rec->members.at(0).role == "ประธานกรรมการ");
  const auto& meeting = rec->meetings.at(0);
  CHECK(*meeting.date == thai::Date{2024, 2, 21});
  CHECK(meeting.time == "09:30");
  CHECK(meeting.agenda.size() == 1);
  CHECK(meeting.resolutions.at(1).source == "มติ 2");
  CHECK(meeting.measures.at(0).value == "transparent-personnel");
  CHECK(meeting.measures.at(0).where.line == 11);
  CHECK(meeting.measures.at(0).where.column == 16);
}

TEST_CASE("buddhist_and_common_era_dates_mean_the_same_day") {
  diag::DiagnosticSink sink;
  auto rec = content::parse_committee(
      "fiscal_year: 2567\nmeetings: [{date: 2567-05-08}, {date: 2024-05-08}]\n", "content/committee/2567.yaml", sink);
  REQUIRE(rec);
  CHECK(*rec->meetings.at(0).date == *rec->meetings.at(1).date);
}

TEST_CASE("unquoted_time_is_read_as_text") {
  diag::DiagnosticSink sink;
  auto rec = content::parse_committee("fiscal_year: 2567\nmeetings: [{date: 2567-05-08, time: 13:30}]\n",
                                      "content/committee/2567.yaml", sink);
  REQUIRE(rec);
  CHECK(rec->meetings.at(0).time == "13:30");
}
