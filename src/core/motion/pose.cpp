#include "core/motion/pose.h"

namespace ubr {

std::span<const Bone> figure_bones() {
  static constexpr Bone kBones[] = {
      {Joint::Pelvis, Joint::SpineMid},
      {Joint::SpineMid, Joint::Chest},
      {Joint::Chest, Joint::Neck},
      {Joint::Neck, Joint::Head},
      {Joint::Head, Joint::Nose},
      {Joint::Chest, Joint::LeftShoulder},
      {Joint::LeftShoulder, Joint::LeftShoulderBlade},
      {Joint::LeftShoulder, Joint::LeftElbow},
      {Joint::LeftElbow, Joint::LeftWrist},
      {Joint::LeftWrist, Joint::LeftHand},
      {Joint::LeftWrist, Joint::LeftThumb},
      {Joint::Chest, Joint::RightShoulder},
      {Joint::RightShoulder, Joint::RightShoulderBlade},
      {Joint::RightShoulder, Joint::RightElbow},
      {Joint::RightElbow, Joint::RightWrist},
      {Joint::RightWrist, Joint::RightHand},
      {Joint::RightWrist, Joint::RightThumb},
      {Joint::Pelvis, Joint::LeftHip},
      {Joint::LeftHip, Joint::LeftKnee},
      {Joint::LeftKnee, Joint::LeftAnkle},
      {Joint::LeftAnkle, Joint::LeftToe},
      {Joint::Pelvis, Joint::RightHip},
      {Joint::RightHip, Joint::RightKnee},
      {Joint::RightKnee, Joint::RightAnkle},
      {Joint::RightAnkle, Joint::RightToe},
  };
  return kBones;
}

const char* joint_name(Joint joint) {
  static constexpr const char* kNames[kJointCount] = {
      "pelvis",
      "spineMid",
      "chest",
      "neck",
      "head",
      "nose",
      "leftShoulderBlade",
      "leftShoulder",
      "leftElbow",
      "leftWrist",
      "leftHand",
      "leftThumb",
      "rightShoulderBlade",
      "rightShoulder",
      "rightElbow",
      "rightWrist",
      "rightHand",
      "rightThumb",
      "leftHip",
      "leftKnee",
      "leftAnkle",
      "leftToe",
      "rightHip",
      "rightKnee",
      "rightAnkle",
      "rightToe",
  };
  const auto index = static_cast<std::size_t>(joint);
  return index < kJointCount ? kNames[index] : "unknown";
}

}  // namespace ubr
