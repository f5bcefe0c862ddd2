#pragma once
// The one wall-clock reading in the core. The core never reads a clock: the platform passes the current reading
// into every update and time step (UpdateContext), and tests pass exact times. Progress groups sessions by the
// user's local day, so the reading carries the time-zone offset too.
#include <cstdint>
#include <string>

namespace ubr {

struct WallClock {
  std::int64_t utc_ms = 0;     // 0 when no reading was given (native tests): dates then fall back to fixed values
  int utc_offset_minutes = 0;  // local time minus UTC
  bool operator==(const WallClock&) const = default;
};

// The user's local calendar date of the reading, "YYYY-MM-DD".
std::string local_date(const WallClock& clock);

}  // namespace ubr
