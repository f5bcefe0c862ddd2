#pragma once
// The wall clock and the user's time zone, read here and passed into the core with every update and time step
// (the core never reads a clock itself).
#include "core/base/clock.h"

namespace ubr::wall_clock {

WallClock now();

}  // namespace ubr::wall_clock
