// Reduced motion: demonstrations step from key pose to key pose, keeping the clip's timing.
#include "core/motion/stepped_motion.h"

#include <embedded_content.h>

#include <catch2/catch.hpp>

#include <cmath>
#include <set>
#include <string>

using namespace ubr;

namespace {
Clip shipped_clip(const char* id) {
  const ClipParse parsed = parse_clip(std::string(*content::find(std::string(id) + ".json")), id);
  REQUIRE(parsed.clip);
  return *parsed.clip;
}
}  // namespace

TEST_CASE("stepped motion holds each key pose until the next one is due") {
  const Clip clip = shipped_clip("arm-slides");
  REQUIRE(clip.keyframes.size() >= 2);
  const double first = clip.keyframes[0].time_seconds;
  const double second = clip.keyframes[1].time_seconds;
  CHECK(stepped_clip_time(clip, first) == Approx(first));
  CHECK(stepped_clip_time(clip, (first + second) / 2) == Approx(first));
  CHECK(stepped_clip_time(clip, second + 1e-6) == Approx(second));

  // Only key times ever come out, over several repetitions, and each repetition keeps its offset.
  std::set<double> seen;
  for (double t = 0; t < clip.duration_seconds * 3; t += 0.01) {
    const double stepped = stepped_clip_time(clip, t);
    CHECK(stepped <= t + 1e-9);
    const double cycle_start = std::floor(t / clip.duration_seconds) * clip.duration_seconds;
    CHECK(stepped >= cycle_start - 1e-9);
    seen.insert(std::round((stepped - cycle_start) * 1000) / 1000);
  }
  CHECK(seen.size() == clip.keyframes.size());
}
