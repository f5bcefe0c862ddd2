// The skeleton: forward kinematics, the range of motion table and mirroring.
#include "core/motion/skeleton.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace ubr;

TEST_CASE("the rest pose stands upright on the floor, facing +z, left at +x") {
  const Pose pose = rest_pose();
  CHECK(pose[Joint::LeftAnkle].y == Approx(0.08));
  CHECK(pose[Joint::LeftToe].y >= 0);
  CHECK(pose[Joint::LeftToe].z > pose[Joint::LeftAnkle].z);
  CHECK(pose[Joint::Nose].z > pose[Joint::Head].z);
  CHECK(pose[Joint::LeftShoulder].x > 0);
  CHECK(pose[Joint::RightShoulder].x < 0);
  CHECK(pose[Joint::LeftShoulderBlade].z < pose[Joint::Chest].z);  // blades are on the back
  CHECK(pose[Joint::LeftThumb].z > pose[Joint::LeftWrist].z);      // thumbs forward at rest
  CHECK(pose[Joint::Head].y == Approx(1.65).margin(0.05));
}

TEST_CASE("anatomical angles move the limbs the way their names say") {
  BodyAngles angles;
  angles.at(Channel::LeftShoulder, 0) = 90;   // flexion: arm forward
  angles.at(Channel::RightShoulder, 1) = 90;  // abduction: arm out to the side
  angles.at(Channel::Thoracic, 0) = 30;       // flexion: bends forward
  angles.at(Channel::LeftKnee, 0) = 90;       // shin goes back
  angles.at(Channel::RightGirdle, 0) = 30;    // elevation: shoulder up
  angles.at(Channel::LeftGirdle, 1) = -20;    // retraction: shoulder back
  const Pose rest = rest_pose();
  const Pose pose = forward_kinematics(angles, RootPlacement{});
  const Vec3 left_arm = pose[Joint::LeftElbow] - pose[Joint::LeftShoulder];
  CHECK(left_arm.z > 0.9 * length(left_arm) * std::cos(0.6));
  const Vec3 right_arm = pose[Joint::RightElbow] - pose[Joint::RightShoulder];
  CHECK(right_arm.x < -0.25);
  CHECK(pose[Joint::Chest].z > rest[Joint::Chest].z + 0.1);
  CHECK(pose[Joint::LeftAnkle].z < pose[Joint::LeftKnee].z - 0.4);
  // The girdle moves relative to the top of the spine.
  const Vec3 right_girdle = pose[Joint::RightShoulder] - pose[Joint::Chest];
  const Vec3 left_girdle = pose[Joint::LeftShoulder] - pose[Joint::Chest];
  BodyAngles bent_only;
  bent_only.at(Channel::Thoracic, 0) = 30;
  const Pose bent = forward_kinematics(bent_only, RootPlacement{});
  const Vec3 right_bent = bent[Joint::RightShoulder] - bent[Joint::Chest];
  const Vec3 left_bent = bent[Joint::LeftShoulder] - bent[Joint::Chest];
  CHECK(right_girdle.y > right_bent.y + 0.05);
  CHECK(left_girdle.z < left_bent.z - 0.03);
}

TEST_CASE("the range of motion table is complete and well formed") {
  std::set<std::string> names;
  for (std::size_t c = 0; c < kChannelCount; ++c) {
    const auto channel = static_cast<Channel>(c);
    const ChannelInfo& info = channel_info(channel);
    INFO(info.name);
    CHECK(names.insert(info.name).second);
    CHECK(channel_named(info.name) == channel);
    CHECK(channel_info(info.mirror).mirror == channel);
    for (std::size_t axis = 0; axis < kAxesPerChannel; ++axis) {
      const AngleRange range = info.range[axis];
      CHECK(range.min_degrees <= range.max_degrees);
      if (info.axis_names[axis] == nullptr)
        CHECK(range.max_degrees - range.min_degrees == 0);
      else
        CHECK(range.min_degrees <= 0);  // zero, the anatomical position, is always reachable
    }
  }
  CHECK_FALSE(channel_named("tail").has_value());
}

TEST_CASE("mirroring the angles mirrors the pose") {
  BodyAngles angles;
  double value = 3;
  for (std::size_t c = 0; c < kChannelCount; ++c) {
    for (std::size_t axis = 0; axis < kAxesPerChannel; ++axis) {
      const AngleRange range = channel_info(static_cast<Channel>(c)).range[axis];
      value = std::fmod(value * 7.3 + 11, 97);
      angles.degrees[c][axis] = range.min_degrees + (range.max_degrees - range.min_degrees) * value / 97;
    }
  }
  RootPlacement root;
  root.position = {0.2, 0.8, -0.1};
  root.pitch_degrees = 20;
  root.yaw_degrees = 35;
  root.roll_degrees = 10;
  const Pose direct = forward_kinematics(mirrored(angles), mirrored(root));
  const Pose reflected = mirrored(forward_kinematics(angles, root));
  for (std::size_t j = 0; j < kJointCount; ++j) {
    INFO(joint_name(static_cast<Joint>(j)));
    CHECK(distance(direct.joints[j], reflected.joints[j]) < 1e-9);
  }
}
