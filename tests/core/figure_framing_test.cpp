// How much of its panel each exercise's figure fills from its own best view: a figure drawn small on the floor
// exercises hides the movement that matters. Deterministic (camera and clip data), so it is tested, not benched.
#include "core/motion/library.h"
#include "render/camera.h"
#include "shipped_catalogue.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>

using namespace ubr;

namespace {
// Metres on screen from the view's centre, over the whole demonstration loop.
struct Extent {
  double left = 1e9, right = -1e9, bottom = 1e9, top = -1e9;
  double width() const { return right - left; }
  double height() const { return top - bottom; }
};

// Of every joint, or only of the working region's.
Extent extent_over_loop(const Clip& clip, const Camera& camera, bool working_only = false) {
  Extent e;
  const double loop = demo_cycle_seconds(clip);
  for (double t = 0; t < loop; t += 0.05) {
    const Pose pose = sample_demo(clip, t).pose;
    for (std::size_t j = 0; j < kJointCount; ++j) {
      if (working_only && !clip.working_joints[j]) continue;
      const ViewPoint v = to_view(camera, pose.joints[j]);
      e.left = std::min(e.left, v.x), e.right = std::max(e.right, v.x);
      e.bottom = std::min(e.bottom, v.y), e.top = std::max(e.top, v.y);
    }
    if (!working_only) e.top = std::max(e.top, to_view(camera, pose[Joint::Head]).y + kHeadRadius);
  }
  return e;
}
}  // namespace

TEST_CASE("each figure fills its panel from its own best view") {
  const MotionLibrary& motion = test::shipped_catalogue().motion;
  for (const Exercise& exercise : test::shipped_catalogue().exercises) {
    const Clip& clip = *motion.find(exercise.id);
    const Extent extent = extent_over_loop(clip, default_camera(clip));
    // draw_figure fits frame_metres to the panel's height (or 1.15 x its width, if narrower): on a square panel
    // the share of the height is extent.height / frame, the share of the width extent.width / (1.15 x frame).
    const double frame = clip.view.frame_metres;
    const double height_share = extent.height() / frame;
    const double width_share = extent.width() / (frame * 1.15);
    std::printf("%-24s height %.0f%%  width %.0f%%\n", exercise.id.c_str(), 100 * height_share, 100 * width_share);
    INFO(exercise.id << ": height " << height_share << ", width " << width_share << ", top " << extent.top
                     << ", bottom " << extent.bottom << ", frame " << frame);
    // The figure spans most of the panel one way, and its working region never leaves it (a close-up, like the
    // shoulder roll's, may leave the feet out).
    CHECK(std::max(height_share, width_share) >= 0.7);
    const Extent working = extent_over_loop(clip, default_camera(clip), true);
    CHECK(working.top <= frame / 2);
    CHECK(working.bottom >= -frame / 2);
    CHECK(working.right <= frame * 1.15 / 2);
    CHECK(working.left >= -frame * 1.15 / 2);
  }
}
