#pragma once
// A Pose is where every joint of the stick figure is, in world space. The renderer draws only this.
#include "core/motion/vec3.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace ubr {

// Points of the figure. Shoulder blades and thumbs are here because several exercises are about them: a blade
// squeeze moves the blades, not the arms, and the mid-trap raise asks for thumbs toward the ceiling.
enum class Joint : std::uint8_t {
  Pelvis,    // centre between the hip joints; the root of the skeleton
  SpineMid,  // top of the lumbar spine
  Chest,     // top of the thoracic spine, between the shoulders
  Neck,      // top of the neck, under the skull
  Head,      // centre of the head
  Nose,      // tip of the nose: shows which way the face points
  LeftShoulderBlade,
  LeftShoulder,
  LeftElbow,
  LeftWrist,
  LeftHand,
  LeftThumb,
  RightShoulderBlade,
  RightShoulder,
  RightElbow,
  RightWrist,
  RightHand,
  RightThumb,
  LeftHip,
  LeftKnee,
  LeftAnkle,
  LeftToe,
  RightHip,
  RightKnee,
  RightAnkle,
  RightToe,
  Count
};
constexpr std::size_t kJointCount = static_cast<std::size_t>(Joint::Count);

constexpr double kHeadRadius = 0.11;  // metres; the head is drawn as a circle of this size around Joint::Head

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

// "leftElbow" and so on, for messages and test output.
const char* joint_name(Joint joint);

}  // namespace ubr
