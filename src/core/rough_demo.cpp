#include "rough_demo.h"

#include <numbers>

namespace ubr {

Pose rough_demo_pose(double time_seconds) {
  const double phase = std::fmod(time_seconds, kRoughDemoPeriodSeconds) / kRoughDemoPeriodSeconds;
  // 0 → 1 → 0 over the loop, smooth at the seam.
  const double raise = 0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * phase);
  const double arm_angle = raise * 2.4;  // radians from hanging down toward overhead, in the frontal plane

  Pose pose;
  pose[Joint::Pelvis] = {0, 0.95, 0};
  pose[Joint::SpineMid] = {0, 1.18, 0};
  pose[Joint::Chest] = {0, 1.42, 0};
  pose[Joint::Neck] = {0, 1.52, 0};
  pose[Joint::Head] = {0, 1.68, 0};
  for (int side : {-1, 1}) {
    const bool left = side > 0;
    const Vec3 shoulder{0.19 * side, 1.42, 0};
    const Vec3 upper_dir{std::sin(arm_angle) * side, -std::cos(arm_angle), 0};
    const Vec3 elbow = shoulder + upper_dir * 0.30;
    const Vec3 wrist = elbow + upper_dir * 0.27;
    pose[left ? Joint::LeftShoulder : Joint::RightShoulder] = shoulder;
    pose[left ? Joint::LeftElbow : Joint::RightElbow] = elbow;
    pose[left ? Joint::LeftWrist : Joint::RightWrist] = wrist;
    pose[left ? Joint::LeftHip : Joint::RightHip] = {0.10 * side, 0.92, 0};
    pose[left ? Joint::LeftKnee : Joint::RightKnee] = {0.11 * side, 0.50, 0.01};
    pose[left ? Joint::LeftAnkle : Joint::RightAnkle] = {0.11 * side, 0.08, 0};
  }
  return pose;
}

}  // namespace ubr
