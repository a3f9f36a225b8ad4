// The system clock, read once per command.
#include "thai/clock.h"

#include <ctime>

namespace itagen::thai {

Date SystemClock::today() const {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace itagen::thai
