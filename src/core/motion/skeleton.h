#pragma once
// The figure's skeleton: which joints rotate about which axes, the human range of motion of each, the fixed bone
// offsets, and forward kinematics from joint angles to a Pose. Angles are anatomical (flexion, abduction, ...)
// and mean the same on both sides, so mirroring a movement is swapping left and right, nothing more.
#include "core/motion/pose.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace ubr {

// One rotating joint (or a pair of them, see ChannelInfo::both_name). Up to three angles each.
enum class Channel : std::uint8_t {
  Lumbar,
  Thoracic,
  Neck,
  Head,
  LeftGirdle,
  RightGirdle,  // shoulder blade + collarbone: elevation and protraction (retraction is negative)
  LeftShoulder,
  RightShoulder,
  LeftElbow,
  RightElbow,
  LeftWrist,
  RightWrist,
  LeftHip,
  RightHip,
  LeftKnee,
  RightKnee,
  LeftAnkle,
  RightAnkle,
  Count
};
constexpr std::size_t kChannelCount = static_cast<std::size_t>(Channel::Count);
constexpr std::size_t kAxesPerChannel = 3;

struct AngleRange {
  double min_degrees = 0;
  double max_degrees = 0;
};

struct ChannelInfo {
  const char* name;       // "leftShoulder"
  const char* both_name;  // "shoulders": sets both sides at once in motion files; nullptr for the spine
  Channel mirror;         // the same joint on the other side (itself for the spine)
  // Axis names as motion files spell them ("flexion", "abduction", "rotation"); nullptr marks an unused axis.
  std::array<const char*, kAxesPerChannel> axis_names;
  // The human range of motion per axis in degrees, from standard clinical tables (rounded, active range; the
  // ankle allows the passive plantar flexion of kneeling on the tops of the feet). An unused axis is [0, 0].
  std::array<AngleRange, kAxesPerChannel> range;
  bool sideways_axes_flip;  // spine: side bend and twist change sign in a mirror image
};

const ChannelInfo& channel_info(Channel channel);
std::optional<Channel> channel_named(std::string_view name);

// Every joint angle of the figure, in degrees, indexed [channel][axis].
struct BodyAngles {
  std::array<std::array<double, kAxesPerChannel>, kChannelCount> degrees{};

  double& at(Channel channel, std::size_t axis) { return degrees[static_cast<std::size_t>(channel)][axis]; }
  double at(Channel channel, std::size_t axis) const { return degrees[static_cast<std::size_t>(channel)][axis]; }
};

// Where the pelvis is and how the whole body is turned: pitch tips it forward (90 = face down, as on all fours
// or lying prone), yaw turns it to its left, roll tips it to its left.
struct RootPlacement {
  Vec3 position{0, 0.97, 0};
  double pitch_degrees = 0;
  double yaw_degrees = 0;
  double roll_degrees = 0;
};

Pose forward_kinematics(const BodyAngles& angles, const RootPlacement& root);

// The same movement done by the other side of the body: left and right swapped, the scene reflected in x.
BodyAngles mirrored(const BodyAngles& angles);
RootPlacement mirrored(const RootPlacement& root);
Pose mirrored(const Pose& pose);

// The figure standing upright, every angle zero: its bone lengths are the ones every pose must keep.
Pose rest_pose();

}  // namespace ubr
