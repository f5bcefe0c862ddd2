#pragma once
// The wall clock and the user's time zone, which the core never reads itself (it is given them).
#include <cstdint>

namespace ubr::wall_clock {

struct Clock {
  std::int64_t utc_ms = 0;
  int utc_offset_minutes = 0;  // local minus UTC
};
Clock now();

}  // namespace ubr::wall_clock
