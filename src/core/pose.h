#pragma once
// A Pose is where every joint of the stick figure is, in world space. The renderer draws only this.
#include "vec3.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace ubr {

enum class Joint : std::uint8_t {
  Pelvis, SpineMid, Chest, Neck, Head,
  LeftShoulder, LeftElbow, LeftWrist, RightShoulder, RightElbow, RightWrist,
  LeftHip, LeftKnee, LeftAnkle, RightHip, RightKnee, RightAnkle,
  Count
};
constexpr std::size_t kJointCount = static_cast<std::size_t>(Joint::Count);

struct Pose {
  std::array<Vec3, kJointCount> joints{};

  Vec3& operator[](Joint joint) { return joints[static_cast<std::size_t>(joint)]; }
  const Vec3& operator[](Joint joint) const { return joints[static_cast<std::size_t>(joint)]; }
};

struct Bone {
  Joint from;
  Joint to;
};

// Every bone of the figure, parent joint first.
std::span<const Bone> figure_bones();

}  // namespace ubr
