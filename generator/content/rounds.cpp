// Monitoring rounds (rounds.h).
#include "content/rounds.h"

#include <map>

namespace itagen::content {

const std::vector<std::string>& round_codes() {
  static const std::vector<std::string> kRounds = {"6m", "12m", "q1", "q2", "q3", "q4"};
  return kRounds;
}

std::optional<int> round_month(const std::string& round) {
  static const std::map<std::string, int> kMonths = {{"q1", 3}, {"6m", 6}, {"q2", 6}, {"q3", 9}, {"12m", 12}, {"q4", 12}};
  auto it = kMonths.find(round);
  if (it == kMonths.end()) return std::nullopt;
  return it->second;
}

std::string round_name(const std::string& round) {
  if (round == "6m") return "รอบ 6 เดือน";
  if (round == "12m") return "รอบ 12 เดือน";
  if (round.size() == 2 && round[0] == 'q') return std::string("ไตรมาสที่ ") + round[1];
  return round;
}

std::string round_name_en(const std::string& round) {
  if (round == "6m") return "6-month round";
  if (round == "12m") return "12-month round";
  if (round.size() == 2 && round[0] == 'q') return std::string("quarter ") + round[1];
  return round;
}

}  // namespace itagen::content
