#pragma once
// The way the moving joints travel over one repetition, as data: drawn faintly behind the figure, with an arrow at
// the joint, so the direction of a movement (the wrists' slide, the shoulders' circle) reads even from a still
// picture.
#include "core/motion/clip.h"

#include <vector>

namespace ubr {

struct MotionPath {
  Joint joint = Joint::LeftWrist;
  // kPathSamples points, evenly spaced in time over the clip: point i is where the joint is at
  // i / kPathSamples of the clip's duration, so the current time picks the arrow's place.
  std::vector<Vec3> points;
};
constexpr std::size_t kPathSamples = 96;

// The paths of the clip's path joints (Clip::path_joints), each sampled over one repetition. A joint that stays
// within a few centimetres has no path worth drawing and is left out.
std::vector<MotionPath> motion_paths(const Clip& clip);

}  // namespace ubr
