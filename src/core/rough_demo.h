#pragma once
// A first, rough demonstration: a standing figure whose arms rise and fall on a 4-second loop. It exists so the
// exercise screen shows motion from day one; the faithful per-exercise clips replace it.
#include "pose.h"

namespace ubr {

constexpr double kRoughDemoPeriodSeconds = 4.0;

Pose rough_demo_pose(double time_seconds);

}  // namespace ubr
