#include "core/base/clock.h"

#include "core/base/dates.h"

namespace ubr {

std::string local_date(const WallClock& clock) {
  return format_local_date(local_day(clock.utc_ms, clock.utc_offset_minutes));
}

}  // namespace ubr
