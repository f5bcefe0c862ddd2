#include "core/motion/paths.h"

#include "core/motion/motion.h"

namespace ubr {
namespace {

// Less travel than this over a whole repetition would draw a smudge, not a path.
constexpr double kMinTravelMetres = 0.04;

double travel(const std::vector<Vec3>& points) {
  double sum = 0;
  for (std::size_t i = 1; i < points.size(); ++i) sum += distance(points[i - 1], points[i]);
  return sum;
}

}  // namespace

std::vector<MotionPath> motion_paths(const Clip& clip) {
  std::vector<MotionPath> paths;
  for (Joint joint : clip.path_joints) paths.push_back({joint, {}});
  if (paths.empty()) return paths;
  for (std::size_t i = 0; i < kPathSamples; ++i) {
    const Pose pose = sample(clip, clip.duration_seconds * static_cast<double>(i) / static_cast<double>(kPathSamples));
    for (MotionPath& path : paths) path.points.push_back(pose[path.joint]);
  }
  std::erase_if(paths, [](const MotionPath& path) { return travel(path.points) < kMinTravelMetres; });
  return paths;
}

}  // namespace ubr
