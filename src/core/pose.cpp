#include "pose.h"

namespace ubr {

std::span<const Bone> figure_bones() {
  static constexpr Bone kBones[] = {
      {Joint::Pelvis, Joint::SpineMid},          {Joint::SpineMid, Joint::Chest},
      {Joint::Chest, Joint::Neck},               {Joint::Neck, Joint::Head},
      {Joint::Chest, Joint::LeftShoulder},       {Joint::LeftShoulder, Joint::LeftElbow},
      {Joint::LeftElbow, Joint::LeftWrist},      {Joint::Chest, Joint::RightShoulder},
      {Joint::RightShoulder, Joint::RightElbow}, {Joint::RightElbow, Joint::RightWrist},
      {Joint::Pelvis, Joint::LeftHip},           {Joint::LeftHip, Joint::LeftKnee},
      {Joint::LeftKnee, Joint::LeftAnkle},       {Joint::Pelvis, Joint::RightHip},
      {Joint::RightHip, Joint::RightKnee},       {Joint::RightKnee, Joint::RightAnkle},
  };
  return kBones;
}

}  // namespace ubr
