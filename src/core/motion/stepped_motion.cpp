#include "core/motion/stepped_motion.h"

#include <cmath>

namespace ubr {

double stepped_clip_time(const Clip& clip, double time_seconds) {
  if (clip.keyframes.empty() || !(clip.duration_seconds > 0) || !std::isfinite(time_seconds)) return time_seconds;
  const double cycle_start = std::floor(time_seconds / clip.duration_seconds) * clip.duration_seconds;
  const double local = time_seconds - cycle_start;
  double key_time = clip.keyframes.front().time_seconds;
  for (const Keyframe& key : clip.keyframes) {
    if (key.time_seconds <= local + 1e-9) key_time = key.time_seconds;
  }
  return cycle_start + key_time;
}

}  // namespace ubr
