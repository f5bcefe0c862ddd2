#pragma once
// Reduced motion for demonstrations (prefers-reduced-motion): instead of moving smoothly, the figure shows
// each key pose of the clip in turn and holds it until the next one is due, so the timing of the exercise is kept
// but nothing glides. The renderer samples the clip at stepped_clip_time(...) when uses_stepped_motion() is true.
#include "core/motion/clip.h"

namespace ubr {

// The time of the last keyframe at or before `time_seconds`, in the same repetition (whole clip durations before
// `time_seconds` are kept, so a per-side demonstration stays on the side it was on).
double stepped_clip_time(const Clip& clip, double time_seconds);

}  // namespace ubr
