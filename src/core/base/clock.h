#pragma once
// The wall-clock reading the platform attaches to starting and ending a session. The core never reads a clock:
// progress statistics group sessions by the user's local day, so the platform passes the local date and offset too.
#include <cstdint>
#include <string>

namespace ubr {

struct WallClock {
  std::int64_t utc_ms = 0;
  std::string local_date;      // "YYYY-MM-DD" in the user's time zone
  int utc_offset_minutes = 0;  // local time minus UTC
};

}  // namespace ubr
