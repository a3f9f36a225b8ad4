// Where "today" comes from: the system clock in use, a fixed date in tests (and --today), so
// what a scaffold writes is deterministic.
#pragma once

#include "thai/dates.h"

namespace itagen::thai {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Date today() const = 0;
};

// The local date of the machine (offices run their laptops on Thai time).
class SystemClock final : public Clock {
 public:
  Date today() const override;
};

class FixedClock final : public Clock {
 public:
  explicit FixedClock(Date date) : date_(date) {}
  Date today() const override { return date_; }

 private:
  Date date_;
};

}  // namespace itagen::thai
