#include "core/motion/skeleton.h"

#include "core/motion/skeleton_math.h"

#include <utility>

namespace ubr {
namespace {

// Bone offsets in metres, in the parent segment's frame (+y along the body, +z forward, +x to the left; `s` is +1
// on the left, -1 on the right). Proportions of an adult about 1.72 m tall.
constexpr double kLumbar = 0.20, kThoracic = 0.28, kNeck = 0.10, kSkull = 0.10;
constexpr double kUpperArm = 0.29, kForearm = 0.25, kHand = 0.08;
constexpr double kThigh = 0.43, kShin = 0.42;
constexpr Vec3 kNose{0, -0.015, 0.12};
constexpr Vec3 kCollarbone{0.17, -0.03, -0.01};      // chest to shoulder joint
constexpr Vec3 kShoulderBlade{0.075, -0.10, -0.09};  // chest to the middle of the blade's inner edge, on the back
constexpr Vec3 kHipOffset{0.09, -0.04, 0};
constexpr Vec3 kThumb{0, -0.04, 0.05};
constexpr Vec3 kFoot{0, -0.06, 0.16};

constexpr Vec3 sided(Vec3 v, double s) {
  return {v.x * s, v.y, v.z};
}

constexpr AngleRange kUnused{0, 0};

const ChannelInfo kChannels[kChannelCount] = {
    {"lumbar", nullptr, Channel::Lumbar, {"flex", "side", "twist"}, {{{-30, 60}, {-25, 25}, {-15, 15}}}, true},
    {"thoracic", nullptr, Channel::Thoracic, {"flex", "side", "twist"}, {{{-25, 45}, {-30, 30}, {-35, 35}}}, true},
    {"neck", nullptr, Channel::Neck, {"flex", "side", "twist"}, {{{-50, 50}, {-40, 40}, {-70, 70}}}, true},
    {"head", nullptr, Channel::Head, {"flex", "side", "twist"}, {{{-25, 30}, {-10, 10}, {-10, 10}}}, true},
    {"leftGirdle",
     "girdles",
     Channel::RightGirdle,
     {"elevation", "protraction", nullptr},
     {{{-10, 40}, {-25, 25}, kUnused}},
     false},
    {"rightGirdle",
     "girdles",
     Channel::LeftGirdle,
     {"elevation", "protraction", nullptr},
     {{{-10, 40}, {-25, 25}, kUnused}},
     false},
    {"leftShoulder",
     "shoulders",
     Channel::RightShoulder,
     {"flexion", "abduction", "rotation"},
     {{{-50, 180}, {-30, 180}, {-70, 90}}},
     false},
    {"rightShoulder",
     "shoulders",
     Channel::LeftShoulder,
     {"flexion", "abduction", "rotation"},
     {{{-50, 180}, {-30, 180}, {-70, 90}}},
     false},
    {"leftElbow",
     "elbows",
     Channel::RightElbow,
     {"flexion", "pronation", nullptr},
     {{{0, 150}, {-85, 85}, kUnused}},
     false},
    {"rightElbow",
     "elbows",
     Channel::LeftElbow,
     {"flexion", "pronation", nullptr},
     {{{0, 150}, {-85, 85}, kUnused}},
     false},
    {"leftWrist", "wrists", Channel::RightWrist, {"flexion", nullptr, nullptr}, {{{-70, 80}, kUnused, kUnused}}, false},
    {"rightWrist", "wrists", Channel::LeftWrist, {"flexion", nullptr, nullptr}, {{{-70, 80}, kUnused, kUnused}}, false},
    {"leftHip",
     "hips",
     Channel::RightHip,
     {"flexion", "abduction", "rotation"},
     {{{-20, 125}, {-25, 45}, {-40, 45}}},
     false},
    {"rightHip",
     "hips",
     Channel::LeftHip,
     {"flexion", "abduction", "rotation"},
     {{{-20, 125}, {-25, 45}, {-40, 45}}},
     false},
    {"leftKnee", "knees", Channel::RightKnee, {"flexion", nullptr, nullptr}, {{{0, 150}, kUnused, kUnused}}, false},
    {"rightKnee", "knees", Channel::LeftKnee, {"flexion", nullptr, nullptr}, {{{0, 150}, kUnused, kUnused}}, false},
    {"leftAnkle", "ankles", Channel::RightAnkle, {"flexion", nullptr, nullptr}, {{{-65, 25}, kUnused, kUnused}}, false},
    {"rightAnkle", "ankles", Channel::LeftAnkle, {"flexion", nullptr, nullptr}, {{{-65, 25}, kUnused, kUnused}}, false},
};

// Flexion bends forward (+z), side bend tips toward the left (+x), twist turns the front toward the left.
Mat3 spine_rotation(const std::array<double, kAxesPerChannel>& a) {
  return rotate_x(a[0]) * rotate_z(-a[1]) * rotate_y(a[2]);
}

// A ball joint whose segment hangs along -y at rest: flexion swings it forward, abduction out to the side, and
// rotation turns it about its own length (positive = outward, "external").
Mat3 ball_rotation(const std::array<double, kAxesPerChannel>& a, double s) {
  return rotate_z(s * a[1]) * rotate_x(-a[0]) * rotate_y(s * a[2]);
}

struct Side {
  double s;
  Channel girdle, shoulder, elbow, wrist, hip, knee, ankle;
  Joint blade, shoulder_joint, elbow_joint, wrist_joint, hand, thumb, hip_joint, knee_joint, ankle_joint, toe;
};

constexpr Side kSides[2] = {
    {1, Channel::LeftGirdle, Channel::LeftShoulder, Channel::LeftElbow, Channel::LeftWrist, Channel::LeftHip,
     Channel::LeftKnee, Channel::LeftAnkle, Joint::LeftShoulderBlade, Joint::LeftShoulder, Joint::LeftElbow,
     Joint::LeftWrist, Joint::LeftHand, Joint::LeftThumb, Joint::LeftHip, Joint::LeftKnee, Joint::LeftAnkle,
     Joint::LeftToe},
    {-1, Channel::RightGirdle, Channel::RightShoulder, Channel::RightElbow, Channel::RightWrist, Channel::RightHip,
     Channel::RightKnee, Channel::RightAnkle, Joint::RightShoulderBlade, Joint::RightShoulder, Joint::RightElbow,
     Joint::RightWrist, Joint::RightHand, Joint::RightThumb, Joint::RightHip, Joint::RightKnee, Joint::RightAnkle,
     Joint::RightToe},
};

const std::array<double, kAxesPerChannel>& of(const BodyAngles& angles, Channel channel) {
  return angles.degrees[static_cast<std::size_t>(channel)];
}

}  // namespace

const ChannelInfo& channel_info(Channel channel) {
  return kChannels[static_cast<std::size_t>(channel)];
}

std::optional<Channel> channel_named(std::string_view name) {
  for (std::size_t i = 0; i < kChannelCount; ++i) {
    if (name == kChannels[i].name) return static_cast<Channel>(i);
  }
  return std::nullopt;
}

Pose forward_kinematics(const BodyAngles& angles, const RootPlacement& root) {
  Pose pose;
  const Mat3 pelvis = rotate_y(root.yaw_degrees) * rotate_x(root.pitch_degrees) * rotate_z(-root.roll_degrees);
  pose[Joint::Pelvis] = root.position;
  const Mat3 lumbar = pelvis * spine_rotation(of(angles, Channel::Lumbar));
  pose[Joint::SpineMid] = pose[Joint::Pelvis] + lumbar * Vec3{0, kLumbar, 0};
  const Mat3 thorax = lumbar * spine_rotation(of(angles, Channel::Thoracic));
  pose[Joint::Chest] = pose[Joint::SpineMid] + thorax * Vec3{0, kThoracic, 0};
  const Mat3 neck = thorax * spine_rotation(of(angles, Channel::Neck));
  pose[Joint::Neck] = pose[Joint::Chest] + neck * Vec3{0, kNeck, 0};
  const Mat3 head = neck * spine_rotation(of(angles, Channel::Head));
  pose[Joint::Head] = pose[Joint::Neck] + head * Vec3{0, kSkull, 0};
  pose[Joint::Nose] = pose[Joint::Head] + head * kNose;

  for (const Side& side : kSides) {
    const double s = side.s;
    // The girdle swings about the top of the spine: elevation raises the outer end, protraction brings it forward.
    const auto& girdle_angles = of(angles, side.girdle);
    const Mat3 girdle = thorax * rotate_y(-s * girdle_angles[1]) * rotate_z(s * girdle_angles[0]);
    pose[side.shoulder_joint] = pose[Joint::Chest] + girdle * sided(kCollarbone, s);
    pose[side.blade] = pose[Joint::Chest] + girdle * sided(kShoulderBlade, s);

    // Arm angles are measured against the trunk, not the blade, so "arms by the sides" stays by the sides
    // whatever the blades do.
    const Mat3 upper_arm = thorax * ball_rotation(of(angles, side.shoulder), s);
    pose[side.elbow_joint] = pose[side.shoulder_joint] + upper_arm * Vec3{0, -kUpperArm, 0};
    const auto& elbow_angles = of(angles, side.elbow);
    // At rest the thumb points forward; pronation turns it inward.
    const Mat3 forearm = upper_arm * rotate_x(-elbow_angles[0]) * rotate_y(-s * elbow_angles[1]);
    pose[side.wrist_joint] = pose[side.elbow_joint] + forearm * Vec3{0, -kForearm, 0};
    // The palm faces the body at rest, so flexion bends the hand toward the midline.
    const Mat3 hand = forearm * rotate_z(-s * of(angles, side.wrist)[0]);
    pose[side.hand] = pose[side.wrist_joint] + hand * Vec3{0, -kHand, 0};
    pose[side.thumb] = pose[side.wrist_joint] + hand * kThumb;

    pose[side.hip_joint] = pose[Joint::Pelvis] + pelvis * sided(kHipOffset, s);
    const Mat3 thigh = pelvis * ball_rotation(of(angles, side.hip), s);
    pose[side.knee_joint] = pose[side.hip_joint] + thigh * Vec3{0, -kThigh, 0};
    const Mat3 shin = thigh * rotate_x(of(angles, side.knee)[0]);  // the knee bends backward
    pose[side.ankle_joint] = pose[side.knee_joint] + shin * Vec3{0, -kShin, 0};
    const Mat3 foot = shin * rotate_x(-of(angles, side.ankle)[0]);  // positive lifts the toes
    pose[side.toe] = pose[side.ankle_joint] + foot * kFoot;
  }
  return pose;
}

BodyAngles mirrored(const BodyAngles& angles) {
  BodyAngles result;
  for (std::size_t i = 0; i < kChannelCount; ++i) {
    const ChannelInfo& info = kChannels[i];
    auto values = angles.degrees[static_cast<std::size_t>(info.mirror)];
    if (info.sideways_axes_flip) {
      values[1] = -values[1];
      values[2] = -values[2];
    }
    result.degrees[i] = values;
  }
  return result;
}

RootPlacement mirrored(const RootPlacement& root) {
  RootPlacement result = root;
  result.position.x = -root.position.x;
  result.yaw_degrees = -root.yaw_degrees;
  result.roll_degrees = -root.roll_degrees;
  return result;
}

Pose mirrored(const Pose& pose) {
  Pose result;
  for (std::size_t i = 0; i < kJointCount; ++i) {
    const Vec3 p = pose.joints[i];
    result.joints[i] = {-p.x, p.y, p.z};
  }
  const Side& l = kSides[0];
  const Side& r = kSides[1];
  const std::pair<Joint, Joint> pairs[] = {{l.blade, r.blade},
                                           {l.shoulder_joint, r.shoulder_joint},
                                           {l.elbow_joint, r.elbow_joint},
                                           {l.wrist_joint, r.wrist_joint},
                                           {l.hand, r.hand},
                                           {l.thumb, r.thumb},
                                           {l.hip_joint, r.hip_joint},
                                           {l.knee_joint, r.knee_joint},
                                           {l.ankle_joint, r.ankle_joint},
                                           {l.toe, r.toe}};
  for (const auto& [left, right] : pairs) std::swap(result[left], result[right]);
  return result;
}

Pose rest_pose() {
  return forward_kinematics(BodyAngles{}, RootPlacement{});
}

}  // namespace ubr
