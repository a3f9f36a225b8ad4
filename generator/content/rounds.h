// The monitoring rounds of a year's measures (6m, 12m, q1-q4): the one list of them, when each
// falls due, and their names. The parsers, the views and the scaffolds all ask here.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace itagen::content {

// In the contract's order: 6m 12m q1 q2 q3 q4.
const std::vector<std::string>& round_codes();
// Months into the fiscal year at which the round's report is due (q1 3, 6m 6, ... 12m 12);
// nullopt for a word that is not a round.
std::optional<int> round_month(const std::string& round);
std::string round_name(const std::string& round);     // "รอบ 6 เดือน", "ไตรมาสที่ 1"
std::string round_name_en(const std::string& round);  // "6-month round", "quarter 1"

}  // namespace itagen::content
