#pragma once
// Per-exercise checks: what the instructions of each exercise say, in numbers, one named check per instruction. See
// motion_checks.h. The checks are the oracle for right and wrong: every shipped clip passes all of its exercise's
// checks, and the exercise's mistake (the clip's "mistake") fails exactly the one it names.
#include "motion_checks.h"

#include <span>

namespace ubr::checks {

inline double blade_gap(const Pose& p) {
  return distance(p[Joint::LeftShoulderBlade], p[Joint::RightShoulderBlade]);
}

struct ArmJoints {
  Joint shoulder, elbow, wrist, hand, thumb, knee, hip, ankle;
};
constexpr ArmJoints kLeft{Joint::LeftShoulder, Joint::LeftElbow, Joint::LeftWrist, Joint::LeftHand,
                          Joint::LeftThumb,    Joint::LeftKnee,  Joint::LeftHip,   Joint::LeftAnkle};
constexpr ArmJoints kRight{Joint::RightShoulder, Joint::RightElbow, Joint::RightWrist, Joint::RightHand,
                           Joint::RightThumb,    Joint::RightKnee,  Joint::RightHip,   Joint::RightAnkle};

using ExerciseCheck = std::string (*)(const Clip&);

// One instruction and the check of it. The name is what a clip's mistake names in "fails".
struct NamedCheck {
  const char* name;
  ExerciseCheck check;
};

// Runs `each` on every sample of the clip, stopping at the first problem it reports.
template <typename Each>
std::string every_sample(const Clip& clip, Each each, bool mirror = false) {
  for (const Sampled& s : sample_clip(clip, mirror)) {
    if (std::string problem = each(s); !problem.empty()) return at(s.t, problem);
  }
  return {};
}

// Runs `each` on every moment of the clip's holds.
template <typename Each>
std::string every_held_moment(const Clip& clip, Each each, bool mirror = false) {
  for (const Span& hold : hold_spans(clip)) {
    for (double t = hold.start; t < hold.end; t += kStep) {
      const Pose pose = mirror ? sample_mirrored(clip, t) : sample(clip, t);
      if (std::string problem = each(pose); !problem.empty()) return at(t, problem);
    }
  }
  return {};
}

// --- Arm slides ----------------------------------------------------------------------------------------------------
// "Stand against a wall with your arms pressed back against it. Keep your wrists and elbows against the wall and
// slowly slide your arms up as high as you can. Gently move your arms down."

// Where the wall's face is, or nullopt for a clip without one.
inline std::optional<double> wall_z(const Clip& clip) {
  const Prop* wall = find_prop(clip, PropKind::Wall);
  return wall ? std::optional<double>(wall->position.z) : std::nullopt;
}

// Joint centres sit a limb's half-thickness in front of the wall: 0 to 6 cm for the blades, 8 cm for the arms.
inline std::string check_back_against_wall(const Clip& clip) {
  const auto wall = wall_z(clip);
  if (!wall) return "there is no wall";
  return every_sample(clip, [&](const Sampled& s) -> std::string {
    for (Joint j : {Joint::LeftShoulderBlade, Joint::RightShoulderBlade}) {
      const double gap = s.pose[j].z - *wall;
      if (gap < 0 || gap > 0.06) return std::string(joint_name(j)) + " is off the wall by " + number(gap);
    }
    for (Joint j : {Joint::Pelvis, Joint::Chest}) {
      const double gap = s.pose[j].z - *wall;
      if (gap < 0.05 || gap > 0.16) return std::string(joint_name(j)) + " is not against the wall";
    }
    return {};
  });
}

inline std::string check_wrists_elbows_on_wall(const Clip& clip) {
  const auto wall = wall_z(clip);
  if (!wall) return "there is no wall";
  return every_sample(clip, [&](const Sampled& s) -> std::string {
    for (Joint j : {Joint::LeftElbow, Joint::RightElbow, Joint::LeftWrist, Joint::RightWrist}) {
      const double gap = s.pose[j].z - *wall;
      if (gap < 0 || gap > 0.08) return std::string(joint_name(j)) + " is off the wall by " + number(gap);
    }
    return {};
  });
}

// "As high as you can": each wrist well above the top of the head (the shipped clip reaches 0.23 m above it; a
// 25 cm rise from the start stays about 0.1 m above). Coming back down needs no check: every clip's loop returns to
// its first keyframe.
inline std::string check_slide_as_high_as_you_can(const Clip& clip) {
  const auto samples = sample_clip(clip);
  const Pose& start = samples.front().pose;
  const double head_top = start[Joint::Head].y + kHeadRadius;
  for (Joint wrist : {Joint::LeftWrist, Joint::RightWrist}) {
    double highest = start[wrist].y;
    for (const Sampled& s : samples) highest = std::max(highest, s.pose[wrist].y);
    const double above = highest - head_top;
    if (above < 0.18)
      return std::string("the ") + joint_name(wrist) + " reaches only " + number(above) + " m above the head";
  }
  return {};
}

inline constexpr NamedCheck kArmSlidesChecks[] = {
    {"back against the wall", check_back_against_wall},
    {"wrists and elbows on the wall", check_wrists_elbows_on_wall},
    {"as high as you can", check_slide_as_high_as_you_can},
};

// --- Shoulder blade squeeze ----------------------------------------------------------------------------------------
// "Stand or sit with your arms by your sides, squeeze and hold your shoulder blades together for at least 5 seconds."

inline std::string check_hold_5(const Clip& clip) {
  return check_hold(clip, 5);
}

inline std::string check_blades_together(const Clip& clip) {
  const double start_gap = blade_gap(sample(clip, 0));
  return every_held_moment(clip, [&](const Pose& pose) -> std::string {
    const double gap = blade_gap(pose);
    if (gap > 0.75 * start_gap) {
      return "the blades are " + number(gap) + " m apart, not clearly closer than " + number(start_gap);
    }
    return {};
  });
}

// Together means toward each other: shoulders drawn up toward the ears are a shrug, not a squeeze.
inline std::string check_blades_not_shrugged(const Clip& clip) {
  const Pose start = sample(clip, 0);
  return every_sample(clip, [&](const Sampled& s) -> std::string {
    for (Joint shoulder : {Joint::LeftShoulder, Joint::RightShoulder}) {
      const double rise = s.pose[shoulder].y - start[shoulder].y;
      if (rise > 0.02) return std::string(joint_name(shoulder)) + " rises " + number(rise) + " m: a shrug";
    }
    return {};
  });
}

inline std::string check_arms_by_sides(const Clip& clip) {
  return every_sample(clip, [](const Sampled& s) -> std::string {
    for (Joint wrist : {Joint::LeftWrist, Joint::RightWrist}) {
      if (s.pose[wrist].y > s.pose[Joint::Pelvis].y + 0.05) return "the arms leave the sides";
    }
    return {};
  });
}

inline constexpr NamedCheck kShoulderBladeSqueezeChecks[] = {
    {"hold 5 seconds", check_hold_5},
    {"blades together", check_blades_together},
    {"squeeze back, not up", check_blades_not_shrugged},
    {"arms by your sides", check_arms_by_sides},
};

// --- Elbow squeeze -------------------------------------------------------------------------------------------------
// "Place your palms on your shoulders. Keep your hands in place and bring your elbows together. Hold 5 seconds."

inline std::string check_hands_stay_on_shoulders(const Clip& clip) {
  const Pose start = sample(clip, 0);
  for (const ArmJoints& side : {kLeft, kRight}) {
    const Vec3 start_offset = start[side.hand] - start[side.shoulder];
    auto problem = every_sample(clip, [&](const Sampled& s) -> std::string {
      const Vec3 offset = s.pose[side.hand] - s.pose[side.shoulder];
      // On top of the shoulder: within a hand's reach of the joint, and it stays where it was put.
      if (length(offset) > 0.12) return std::string(joint_name(side.hand)) + " is off the shoulder";
      if (distance(offset, start_offset) > 0.04) return std::string(joint_name(side.hand)) + " slides away";
      return {};
    });
    if (!problem.empty()) return problem;
  }
  return {};
}

// Palms down: the hand rests on top of the shoulder, not against its front or back.
inline std::string check_palms_down(const Clip& clip) {
  return every_sample(clip, [](const Sampled& s) -> std::string {
    for (const ArmJoints& side : {kLeft, kRight}) {
      if ((s.pose[side.hand] - s.pose[side.shoulder]).y < 0.03)
        return std::string(joint_name(side.hand)) + " is not resting on top of the shoulder";
    }
    return {};
  });
}

inline std::string check_elbows_together(const Clip& clip) {
  const Pose start = sample(clip, 0);
  const double start_gap = distance(start[Joint::LeftElbow], start[Joint::RightElbow]);
  return every_held_moment(clip, [&](const Pose& pose) -> std::string {
    for (const ArmJoints& side : {kLeft, kRight}) {
      if (pose[side.elbow].z < pose[side.shoulder].z + 0.1)
        return std::string(joint_name(side.elbow)) + " is not in front";
    }
    const double gap = distance(pose[Joint::LeftElbow], pose[Joint::RightElbow]);
    if (gap > 0.5 * start_gap) return "the elbows are still " + number(gap) + " m apart";
    return {};
  });
}

inline constexpr NamedCheck kElbowSqueezeChecks[] = {
    {"hold 5 seconds", check_hold_5},
    {"hands stay on the shoulders", check_hands_stay_on_shoulders},
    {"palms down", check_palms_down},
    {"elbows together in front", check_elbows_together},
};

// --- Arm reach -----------------------------------------------------------------------------------------------------
// "On your knees and hands, neck parallel to the ground. Lift one hand and stretch the arm out in front of you,
// parallel to the ground. Don't raise your head. Hold 5 seconds. Then switch to your other arm."

// The back line runs from the pelvis through the top of the thoracic spine; how far `p` is above it.
inline double height_above_back_line(const Pose& pose, Vec3 p) {
  const Vec3 a = pose[Joint::Pelvis], b = pose[Joint::Chest];
  const double along = (p.z - a.z) / (b.z - a.z);
  return p.y - (a.y + (b.y - a.y) * along);
}

// Runs a check of one side on both: the left as authored ("left: ..."), the right as its mirror image ("right: ...").
// A mirror image keeps every height and depth, so a check that reads only those fails on the right exactly when it
// fails on the left: the corrupted-clip rows make their mistakes on the left.
template <typename Side>
std::string on_both_sides(Side side) {
  if (auto problem = side(false, kLeft, kRight); !problem.empty()) return "left: " + problem;
  if (auto problem = side(true, kRight, kLeft); !problem.empty()) return "right: " + problem;
  return {};
}

inline std::string check_on_all_fours(const Clip& clip) {
  return on_both_sides([&](bool mirror, const ArmJoints&, const ArmJoints& support) {
    return every_sample(
        clip,
        [&](const Sampled& s) -> std::string {
          if (std::fabs(s.pose[Joint::Chest].y - s.pose[Joint::Pelvis].y) > 0.12) return "the back is not level";
          for (Joint knee : {Joint::LeftKnee, Joint::RightKnee}) {
            if (s.pose[knee].y > 0.08) return std::string(joint_name(knee)) + " leaves the floor";
          }
          if (s.pose[support.hand].y > 0.05) return "the supporting hand leaves the floor";
          return {};
        },
        mirror);
  });
}

// "Neck parallel to the ground": the head neither rises above the line of the back nor hangs below it.
inline std::string check_neck_parallel(const Clip& clip) {
  return on_both_sides([&](bool mirror, const ArmJoints&, const ArmJoints&) {
    return every_sample(
        clip,
        [&](const Sampled& s) -> std::string {
          if (height_above_back_line(s.pose, s.pose[Joint::Head]) > 0.02) return "the head rises above the back";
          if (height_above_back_line(s.pose, s.pose[Joint::Neck]) > 0.02) return "the neck rises above the back";
          if (height_above_back_line(s.pose, s.pose[Joint::Head]) < -0.08) return "the head hangs below the back";
          return {};
        },
        mirror);
  });
}

inline std::string check_arm_out_in_front(const Clip& clip) {
  return on_both_sides([&](bool mirror, const ArmJoints& reach, const ArmJoints&) {
    return every_held_moment(
        clip,
        [&](const Pose& pose) -> std::string {
          if (distance(pose[reach.shoulder], pose[reach.wrist]) < 0.99 * kArmLength) return "the reaching arm is bent";
          if (pose[reach.wrist].z < pose[Joint::Head].z + 0.2) return "the reaching arm is not out in front";
          if (std::fabs(pose[reach.wrist].y - pose[reach.shoulder].y) > 0.05)
            return "the reaching arm is not parallel to the floor";
          return {};
        },
        mirror);
  });
}

// "Return your hand to the ground": by the last phase the reaching hand is back on the floor.
inline std::string check_hand_returns(const Clip& clip) {
  return on_both_sides([&](bool mirror, const ArmJoints& reach, const ArmJoints&) -> std::string {
    const double rest = clip.phases.back().start_seconds;
    const Pose pose = mirror ? sample_mirrored(clip, rest) : sample(clip, rest);
    return pose[reach.hand].y > 0.05 ? "the reaching hand does not return to the floor" : "";
  });
}

// "Then switch to your other arm": the demonstration reaches with the left arm, then with the right. The player
// shows a per-side clip's second half as the mirror image of the first (sample_demo), so once the clip is per side
// the right arm reaches exactly when the left one does: the last branch fails only together with
// check_arm_out_in_front, and it guards the switch the player makes rather than the clip.
inline std::string check_each_arm(const Clip& clip) {
  if (!clip.per_side) return "arm reach must be done with each arm";
  const auto middle = hold_middle_seconds(clip);
  if (!middle) return "no hold";
  const Pose second = sample_demo(clip, clip.duration_seconds + *middle).pose;
  if (second[Joint::RightWrist].z < second[Joint::Head].z + 0.2) return "the other arm does not reach";
  return {};
}

inline constexpr NamedCheck kArmReachChecks[] = {
    {"each arm", check_each_arm},
    {"hold 5 seconds", check_hold_5},
    {"on knees and hands, back level", check_on_all_fours},
    {"neck parallel to the ground", check_neck_parallel},
    {"arm straight out in front, parallel to the ground", check_arm_out_in_front},
    {"hand back to the ground", check_hand_returns},
};

// --- Thoracic stretch ----------------------------------------------------------------------------------------------
// "Sit on the ground with your legs out straight in front of you. Hold your mid-thighs with your hands and curl
// your head and neck towards your belly button. Hold for a count of 15."

inline std::string check_hold_15(const Clip& clip) {
  return check_hold(clip, 15);
}

inline std::string check_seated_legs_straight(const Clip& clip) {
  return every_sample(clip, [](const Sampled& s) -> std::string {
    if (s.pose[Joint::Pelvis].y > 0.2) return "not seated on the floor";
    for (const ArmJoints& side : {kLeft, kRight}) {
      if (distance(s.pose[side.hip], s.pose[side.ankle]) < 0.995 * (0.43 + 0.42)) return "a leg is bent";
      if (s.pose[side.ankle].z - s.pose[side.hip].z < 0.8) return "the legs are not out in front";
      if (s.pose[side.ankle].y > 0.12) return "a leg is off the floor";
    }
    return {};
  });
}

inline std::string check_hands_on_mid_thighs(const Clip& clip) {
  return every_sample(clip, [](const Sampled& s) -> std::string {
    for (const ArmJoints& side : {kLeft, kRight}) {
      const Vec3 mid_thigh = lerp(s.pose[side.hip], s.pose[side.knee], 0.5);
      if (distance(s.pose[side.hand], mid_thigh) > 0.12)
        return std::string(joint_name(side.hand)) + " is not on the mid-thigh";
    }
    return {};
  });
}

// How far the spine bends at `at`, in degrees: 0 when `below`, `at` and `above` are in line.
inline double bend_at(const Pose& pose, Joint below, Joint at, Joint above) {
  return 180 - angle_at(pose[below], pose[at], pose[above]);
}

// The curl is of the upper back (the thoracic spine bending at its base) and of the neck (bending at the top of the
// thoracic spine), and it brings the face toward the navel, on the front of the lumbar spine. The upper back needs a
// branch of its own: bending only the thoracic spine leaves the face as far from the navel as before, so a neck
// curled on a straight upper back would pass the other two.
inline std::string check_curl_toward_navel(const Clip& clip) {
  const Pose start = sample(clip, 0);
  const double start_reach = distance(start[Joint::Nose], start[Joint::SpineMid]);
  for (const Span& hold : hold_spans(clip)) {
    const Pose pose = sample(clip, hold.start);
    if (bend_at(pose, Joint::Pelvis, Joint::SpineMid, Joint::Chest) < 20) return "the upper back does not curl";
    if (bend_at(pose, Joint::SpineMid, Joint::Chest, Joint::Neck) < 25) return "the neck does not curl";
    const double reach = distance(pose[Joint::Nose], pose[Joint::SpineMid]);
    if (reach > 0.8 * start_reach) return "the head does not curl toward the navel";
  }
  return {};
}

inline constexpr NamedCheck kThoracicStretchChecks[] = {
    {"hold 15", check_hold_15},
    {"seated, legs straight out in front", check_seated_legs_straight},
    {"hands on the mid-thighs", check_hands_on_mid_thighs},
    {"head and neck curl toward the navel", check_curl_toward_navel},
};

// --- Shoulder roll -------------------------------------------------------------------------------------------------
// "Roll your shoulders slowly forward, making large circles. Then reduce to smaller circles and reverse direction."

// Signed area of a path in the figure's side view (z forward, y up): negative when the top moves forward.
inline double side_view_area(const Clip& clip, Joint joint, const Span& span) {
  double area = 0;
  Vec3 previous = sample(clip, span.start)[joint];
  for (double t = span.start + kStep; t <= span.end + 1e-9; t += kStep) {
    const Vec3 p = sample(clip, std::min(t, span.end - 1e-9))[joint];
    area += 0.5 * (previous.z * p.y - p.z * previous.y);
    previous = p;
  }
  return area;
}

inline Span phase_span(const Clip& clip, std::size_t i) {
  return {clip.phases[i].start_seconds,
          i + 1 < clip.phases.size() ? clip.phases[i + 1].start_seconds : clip.duration_seconds};
}

// Every phase is whole circles of both shoulders together.
inline std::string check_circles(const Clip& clip) {
  if (clip.phases.size() < 3) return "needs large circles, smaller circles and reversed circles";
  for (std::size_t i = 0; i < clip.phases.size(); ++i) {
    const Span span = phase_span(clip, i);
    for (Joint shoulder : {Joint::LeftShoulder, Joint::RightShoulder}) {
      const double gap = distance(sample(clip, span.start)[shoulder], sample(clip, span.end - 1e-9)[shoulder]);
      if (gap > 0.01) return clip.phases[i].name + ": the shoulder's path is not a closed loop";
    }
    const double left = side_view_area(clip, Joint::LeftShoulder, span);
    const double right = side_view_area(clip, Joint::RightShoulder, span);
    if (std::fabs(left - right) > 1e-6) return clip.phases[i].name + ": the shoulders do not roll together";
  }
  return {};
}

inline std::string check_large_then_smaller_then_reversed(const Clip& clip) {
  if (clip.phases.size() < 3) return "needs large circles, smaller circles and reversed circles";
  std::vector<double> areas;
  for (std::size_t i = 0; i < clip.phases.size(); ++i) {
    areas.push_back(side_view_area(clip, Joint::LeftShoulder, phase_span(clip, i)));
  }
  if (!(areas[0] < -0.002)) return "the first circles are not large forward rolls (area " + number(areas[0]) + ")";
  if (!(areas[1] < 0 && std::fabs(areas[1]) < 0.5 * std::fabs(areas[0]))) return "the next circles are not smaller";
  bool reversed = false;
  for (std::size_t i = 2; i < areas.size(); ++i) reversed = reversed || areas[i] > 0.001;
  if (!reversed) return "the direction never reverses";
  return {};
}

inline std::string check_arms_relaxed(const Clip& clip) {
  return every_sample(clip, [](const Sampled& s) -> std::string {
    for (Joint wrist : {Joint::LeftWrist, Joint::RightWrist}) {
      if (s.pose[wrist].y > s.pose[Joint::Pelvis].y + 0.05) return "the arms are not relaxed";
    }
    return {};
  });
}

inline constexpr NamedCheck kShoulderRollChecks[] = {
    {"whole circles, both shoulders together", check_circles},
    {"large forward circles, then smaller, then reversed", check_large_then_smaller_then_reversed},
    {"arms relaxed", check_arms_relaxed},
};

// --- Upper back stretch --------------------------------------------------------------------------------------------
// "Sit in a chair and cross your arms behind your head. Then bend gently forward and slowly arch backward."

inline std::string check_seated_on_chair(const Clip& clip) {
  const Prop* chair = find_prop(clip, PropKind::Chair);
  if (chair == nullptr) return "there is no chair";
  const double seat = chair->position.y + chair->size.y;
  return every_sample(clip, [&](const Sampled& s) -> std::string {
    const Vec3 pelvis = s.pose[Joint::Pelvis];
    if (pelvis.y < seat || pelvis.y > seat + 0.12) return "not seated on the chair";
    if (std::fabs(pelvis.z - chair->position.z) > chair->size.z / 2) return "not over the seat";
    for (Joint ankle : {Joint::LeftAnkle, Joint::RightAnkle}) {
      if (s.pose[ankle].y > 0.1) return "a foot is off the floor";
    }
    return {};
  });
}

// The upper body's own directions, so "behind" and "to the right" keep their meaning while the trunk bends forward
// or arches back: left from the hips, up along the upper back, forward square to both.
struct BodyAxes {
  Vec3 left, up, forward;
};

inline BodyAxes upper_body_axes(const Pose& pose) {
  const Vec3 left = normalized(pose[Joint::LeftHip] - pose[Joint::RightHip]);
  const Vec3 spine = pose[Joint::Chest] - pose[Joint::SpineMid];
  const Vec3 up = normalized(spine - left * dot(spine, left));
  return {left, up, cross(left, up)};
}

// Where `p` is from `origin` along the body's directions: x to its left, y up, z forward.
inline Vec3 in_body_axes(const BodyAxes& axes, Vec3 origin, Vec3 p) {
  const Vec3 d = p - origin;
  return {dot(d, axes.left), dot(d, axes.up), dot(d, axes.forward)};
}

// Crossed arms lie against the back of the skull: elbow and wrist at least this far behind the head's centre.
constexpr double kBehindHeadCentre = 0.10;
// Each wrist reaches this far past the middle of the body, so the forearms overlap behind the head instead of
// meeting there, as hands clasped behind the head do.
constexpr double kPastMidline = 0.02;

// "Cross your arms behind your head", for each arm: the forearm behind the head, the wrist between the top of the
// neck and the top of the head, and past the midline on the other arm's side.
inline std::string arm_crossed_behind_head(const Pose& pose, const ArmJoints& side) {
  const BodyAxes axes = upper_body_axes(pose);
  const Vec3 head = pose[Joint::Head];
  for (Joint joint : {side.elbow, side.wrist}) {
    if (in_body_axes(axes, head, pose[joint]).z > -kBehindHeadCentre)
      return std::string(joint_name(joint)) + " is not behind the head";
  }
  const Vec3 wrist = in_body_axes(axes, head, pose[side.wrist]);
  const double neck_top = in_body_axes(axes, head, pose[Joint::Neck]).y;
  if (wrist.y < neck_top || wrist.y > kHeadRadius)
    return std::string(joint_name(side.wrist)) + " is not at the height of the head";
  // x is toward the body's left, so the left wrist crosses to negative x and the right one to positive x.
  const double past_midline = side.wrist == Joint::LeftWrist ? -wrist.x : wrist.x;
  if (past_midline < kPastMidline)
    return std::string("the arms are not crossed: ") + joint_name(side.wrist) + " does not reach past the midline";
  return {};
}

inline std::string check_arms_crossed_behind_head(const Clip& clip) {
  return every_sample(clip, [](const Sampled& s) -> std::string {
    for (const ArmJoints& side : {kLeft, kRight}) {
      if (std::string problem = arm_crossed_behind_head(s.pose, side); !problem.empty()) return problem;
    }
    return {};
  });
}

inline std::string check_forward_then_arch(const Clip& clip) {
  const auto samples = sample_clip(clip);
  const double start_chest = samples.front().pose[Joint::Chest].z;
  double forward_time = -1, forward_most = start_chest, backward_time = -1, backward_most = start_chest;
  for (const Sampled& s : samples) {
    const double chest = s.pose[Joint::Chest].z;
    if (chest > forward_most) forward_most = chest, forward_time = s.t;
    if (chest < backward_most) backward_most = chest, backward_time = s.t;
  }
  if (forward_most - start_chest < 0.1) return "the trunk does not bend forward";
  if (start_chest - backward_most < 0.06) return "the trunk does not arch backward";
  if (!(forward_time < backward_time)) return "the arch comes before the forward bend";
  const Pose arched = sample(clip, backward_time);
  // An arch: the thoracic spine bends back relative to the lumbar spine.
  const Vec3 lumbar = arched[Joint::SpineMid] - arched[Joint::Pelvis];
  const Vec3 thoracic = arched[Joint::Chest] - arched[Joint::SpineMid];
  if (cross(lumbar, thoracic).x >= 0) return "the backward movement is a lean, not an arch";
  return {};
}

inline constexpr NamedCheck kUpperBackStretchChecks[] = {
    {"seated, feet on the floor", check_seated_on_chair},
    {"arms crossed behind the head", check_arms_crossed_behind_head},
    {"bend forward, then arch backward", check_forward_then_arch},
};

// --- Mid-trap ------------------------------------------------------------------------------------------------------
// "Lie on your stomach with a folded pillow under your chest. Arms out straight to your sides, elbows straight,
// thumbs toward the ceiling. Slowly raise your arms toward the ceiling and squeeze your shoulder blades together.
// Lower slowly."

// Face down: the face, from the head's centre to the nose, within 30 degrees of straight down (the shipped clip's is
// 16 degrees from it), so a face lifted to look ahead fails even while the nose is still below the head's centre.
constexpr double kFaceDownCosine = 0.866;  // cos 30 degrees

inline std::string check_face_down_on_pillow(const Clip& clip) {
  const Prop* pillow = find_prop(clip, PropKind::Pillow);
  if (pillow == nullptr) return "there is no pillow";
  return every_sample(clip, [&](const Sampled& s) -> std::string {
    const Pose& p = s.pose;
    if (p[Joint::Pelvis].y > 0.2 || p[Joint::Chest].y > 0.3) return "not lying down";
    if (p[Joint::Chest].z - p[Joint::Pelvis].z < 0.4) return "not lying flat";
    if (-normalized(p[Joint::Nose] - p[Joint::Head]).y < kFaceDownCosine) return "not face down";
    const Vec3 chest = p[Joint::Chest];
    const bool over_pillow =
        std::fabs(chest.z - pillow->position.z) < pillow->size.z / 2 && chest.y > pillow->position.y + pillow->size.y;
    return over_pillow ? "" : "the chest is not on the pillow";
  });
}

inline std::string check_elbows_straight_out_to_sides(const Clip& clip) {
  return every_sample(clip, [](const Sampled& s) -> std::string {
    for (const ArmJoints& side : {kLeft, kRight}) {
      if (distance(s.pose[side.shoulder], s.pose[side.wrist]) < 0.99 * kArmLength) return "an elbow bends";
      if (std::fabs(s.pose[side.wrist].x) - std::fabs(s.pose[side.shoulder].x) < 0.4)
        return "an arm is not out to the side";
    }
    return {};
  });
}

inline std::string check_thumbs_up(const Clip& clip) {
  return every_sample(clip, [](const Sampled& s) -> std::string {
    for (const ArmJoints& side : {kLeft, kRight}) {
      if (s.pose[side.thumb].y < s.pose[side.wrist].y + 0.02) return "a thumb does not point to the ceiling";
    }
    return {};
  });
}

// When `wrist` is first at its highest.
inline double top_of_raise_seconds(const std::vector<Sampled>& samples, Joint wrist) {
  double highest = -1e9, top_time = 0;
  for (const Sampled& s : samples) {
    if (s.pose[wrist].y > highest) highest = s.pose[wrist].y, top_time = s.t;
  }
  return top_time;
}

inline std::string check_raise_and_squeeze(const Clip& clip) {
  const auto samples = sample_clip(clip);
  const Pose& start = samples.front().pose;
  for (Joint wrist : {Joint::LeftWrist, Joint::RightWrist}) {
    double highest = start[wrist].y;
    for (const Sampled& s : samples) highest = std::max(highest, s.pose[wrist].y);
    if (highest - start[wrist].y < 0.15)
      return wrist == Joint::LeftWrist ? "the left arm does not rise" : "the right arm does not rise";
  }
  if (blade_gap(sample(clip, top_of_raise_seconds(samples, Joint::LeftWrist))) > 0.75 * blade_gap(start))
    return "the blades do not come together";
  return {};
}

// How long a wrist takes to rise from where it starts to its top, and to come back down from there.
struct RaiseAndLower {
  double raise_seconds, lower_seconds;
};

inline RaiseAndLower raise_and_lower_seconds(const std::vector<Sampled>& samples, Joint wrist) {
  const double start_y = samples.front().pose[wrist].y;
  const double top_time = top_of_raise_seconds(samples, wrist);
  double lowered_time = top_time;
  for (const Sampled& s : samples) {
    if (s.t > top_time && std::fabs(s.pose[wrist].y - start_y) < 0.005) {
      lowered_time = s.t;
      break;
    }
  }
  double raise_time = 0;
  for (const Sampled& s : samples) {
    if (s.pose[wrist].y > start_y + 0.005) {
      raise_time = top_time - s.t;
      break;
    }
  }
  return {raise_time, lowered_time - top_time};
}

// Lowering takes longer than raising ("lower slowly"), for each arm.
inline std::string check_lower_slowly(const Clip& clip) {
  const auto samples = sample_clip(clip);
  for (Joint wrist : {Joint::LeftWrist, Joint::RightWrist}) {
    const RaiseAndLower times = raise_and_lower_seconds(samples, wrist);
    if (!(times.lower_seconds > 1.3 * times.raise_seconds))
      return wrist == Joint::LeftWrist ? "the left arm is not lowered slowly" : "the right arm is not lowered slowly";
  }
  return {};
}

inline constexpr NamedCheck kMidTrapChecks[] = {
    {"face down, chest on the pillow", check_face_down_on_pillow},
    {"elbows straight, arms out to the sides", check_elbows_straight_out_to_sides},
    {"thumbs toward the ceiling", check_thumbs_up},
    {"raise the arms and squeeze the blades", check_raise_and_squeeze},
    {"lower slowly", check_lower_slowly},
};

// --- Every exercise ------------------------------------------------------------------------------------------------

struct ExerciseCheckEntry {
  const char* exercise_id;
  std::span<const NamedCheck> checks;
};

inline constexpr ExerciseCheckEntry kExerciseChecks[] = {
    {"arm-slides", kArmSlidesChecks},
    {"shoulder-blade-squeeze", kShoulderBladeSqueezeChecks},
    {"elbow-squeeze", kElbowSqueezeChecks},
    {"arm-reach", kArmReachChecks},
    {"thoracic-stretch", kThoracicStretchChecks},
    {"shoulder-roll", kShoulderRollChecks},
    {"upper-back-stretch", kUpperBackStretchChecks},
    {"mid-trap", kMidTrapChecks},
};

// The checks of an exercise (empty for an unknown one).
inline std::span<const NamedCheck> checks_for(std::string_view exercise_id) {
  for (const ExerciseCheckEntry& entry : kExerciseChecks) {
    if (entry.exercise_id == exercise_id) return entry.checks;
  }
  return {};
}

// Every check the clip fails, as "name: what is wrong"; empty when it does all its instructions say.
inline std::vector<std::string> exercise_problems(const Clip& clip) {
  std::vector<std::string> problems;
  for (const NamedCheck& named : checks_for(clip.exercise_id)) {
    if (std::string problem = named.check(clip); !problem.empty())
      problems.push_back(std::string(named.name) + ": " + problem);
  }
  return problems;
}

// The names of the checks the clip fails.
inline std::vector<std::string> failed_check_names(const Clip& clip) {
  std::vector<std::string> names;
  for (const NamedCheck& named : checks_for(clip.exercise_id)) {
    if (!named.check(clip).empty()) names.emplace_back(named.name);
  }
  return names;
}

}  // namespace ubr::checks
