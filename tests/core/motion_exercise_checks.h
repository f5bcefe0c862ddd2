#pragma once
// Per-exercise checks: what the instructions of each exercise say, in numbers. See motion_checks.h.
#include "motion_checks.h"

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

// "Stand against a wall with your arms pressed back against it. Keep your wrists and elbows against the wall and
// slowly slide your arms up as high as you can. Gently move your arms down."
inline std::string check_arm_slides(const Clip& clip) {
  const Prop* wall = find_prop(clip, PropKind::Wall);
  if (wall == nullptr) return "there is no wall";
  const double wall_z = wall->position.z;
  const auto samples = sample_clip(clip);
  const Pose& start = samples.front().pose;
  double highest[2] = {start[Joint::LeftWrist].y, start[Joint::RightWrist].y};
  for (const Sampled& s : samples) {
    // Joint centres sit a limb's half-thickness in front of the wall: 0 to 6 cm for the blades, 8 cm for the arms.
    for (Joint j : {Joint::LeftShoulderBlade, Joint::RightShoulderBlade}) {
      const double gap = s.pose[j].z - wall_z;
      if (gap < 0 || gap > 0.06) return at(s.t, std::string(joint_name(j)) + " is off the wall by " + number(gap));
    }
    for (Joint j : {Joint::LeftElbow, Joint::RightElbow, Joint::LeftWrist, Joint::RightWrist}) {
      const double gap = s.pose[j].z - wall_z;
      if (gap < 0 || gap > 0.08) return at(s.t, std::string(joint_name(j)) + " is off the wall by " + number(gap));
    }
    for (Joint j : {Joint::Pelvis, Joint::Chest}) {
      const double gap = s.pose[j].z - wall_z;
      if (gap < 0.05 || gap > 0.16) return at(s.t, std::string(joint_name(j)) + " is not against the wall");
    }
    highest[0] = std::max(highest[0], s.pose[Joint::LeftWrist].y);
    highest[1] = std::max(highest[1], s.pose[Joint::RightWrist].y);
  }
  // "As high as you can": each wrist well above the top of the head (the shipped clip reaches 0.23 m above it; a
  // 25 cm rise from the start stays about 0.1 m above). Coming back down needs no check: every clip's loop returns to
  // its first keyframe.
  const double head_top = start[Joint::Head].y + kHeadRadius;
  const Joint wrists[2] = {Joint::LeftWrist, Joint::RightWrist};
  for (std::size_t side = 0; side < 2; ++side) {
    const double above = highest[side] - head_top;
    if (above < 0.18) {
      return std::string("the ") + joint_name(wrists[side]) + " reaches only " + number(above) + " m above the head";
    }
  }
  return {};
}

// "Squeeze and hold your shoulder blades together for at least 5 seconds", arms by the sides.
inline std::string check_shoulder_blade_squeeze(const Clip& clip) {
  if (auto problem = check_hold(clip, 5); !problem.empty()) return problem;
  const double start_gap = blade_gap(sample(clip, 0));
  for (const Span& hold : hold_spans(clip)) {
    for (double t = hold.start; t < hold.end; t += kStep) {
      const double gap = blade_gap(sample(clip, t));
      if (gap > 0.75 * start_gap) {
        return at(t, "the blades are " + number(gap) + " m apart, not clearly closer than " + number(start_gap));
      }
    }
  }
  for (const Sampled& s : sample_clip(clip)) {
    for (Joint wrist : {Joint::LeftWrist, Joint::RightWrist}) {
      if (s.pose[wrist].y > s.pose[Joint::Pelvis].y + 0.05) return at(s.t, "the arms leave the sides");
    }
  }
  return {};
}

// "Place your palms on your shoulders. Keep your hands in place and bring your elbows together. Hold 5 seconds."
inline std::string check_elbow_squeeze(const Clip& clip) {
  if (auto problem = check_hold(clip, 5); !problem.empty()) return problem;
  const Pose start = sample(clip, 0);
  for (const ArmJoints& side : {kLeft, kRight}) {
    const Vec3 start_offset = start[side.hand] - start[side.shoulder];
    for (const Sampled& s : sample_clip(clip)) {
      const Vec3 offset = s.pose[side.hand] - s.pose[side.shoulder];
      // On top of the shoulder: within a hand's reach of the joint, and it stays where it was put.
      if (length(offset) > 0.12) return at(s.t, std::string(joint_name(side.hand)) + " is off the shoulder");
      if (distance(offset, start_offset) > 0.04) return at(s.t, std::string(joint_name(side.hand)) + " slides away");
      // Palms down: the hand rests on top of the shoulder, not against its front or back.
      if (offset.y < 0.03)
        return at(s.t, std::string(joint_name(side.hand)) + " is not resting on top of the shoulder");
    }
  }
  const double start_gap = distance(start[Joint::LeftElbow], start[Joint::RightElbow]);
  for (const Span& hold : hold_spans(clip)) {
    for (double t = hold.start; t < hold.end; t += kStep) {
      const Pose pose = sample(clip, t);
      const double gap = distance(pose[Joint::LeftElbow], pose[Joint::RightElbow]);
      for (const ArmJoints& side : {kLeft, kRight}) {
        if (pose[side.elbow].z < pose[side.shoulder].z + 0.1) {
          return at(t, std::string(joint_name(side.elbow)) + " is not in front");
        }
      }
      if (gap > 0.5 * start_gap) return at(t, "the elbows are still " + number(gap) + " m apart");
    }
  }
  return {};
}

// The back line runs from the pelvis through the top of the thoracic spine; how far `p` is above it.
inline double height_above_back_line(const Pose& pose, Vec3 p) {
  const Vec3 a = pose[Joint::Pelvis], b = pose[Joint::Chest];
  const double along = (p.z - a.z) / (b.z - a.z);
  return p.y - (a.y + (b.y - a.y) * along);
}

// One side of arm reach: the reaching arm `reach`, the supporting arm `support`.
inline std::string check_arm_reach_side(const Clip& clip, bool mirror, const ArmJoints& reach,
                                        const ArmJoints& support) {
  for (const Sampled& s : sample_clip(clip, mirror)) {
    if (std::fabs(s.pose[Joint::Chest].y - s.pose[Joint::Pelvis].y) > 0.12) return at(s.t, "the back is not level");
    for (Joint knee : {Joint::LeftKnee, Joint::RightKnee}) {
      if (s.pose[knee].y > 0.08) return at(s.t, std::string(joint_name(knee)) + " leaves the floor");
    }
    if (s.pose[support.hand].y > 0.05) return at(s.t, "the supporting hand leaves the floor");
    // "Neck parallel to the ground": the head neither rises above the line of the back nor hangs below it.
    if (height_above_back_line(s.pose, s.pose[Joint::Head]) > 0.02) return at(s.t, "the head rises above the back");
    if (height_above_back_line(s.pose, s.pose[Joint::Neck]) > 0.02) return at(s.t, "the neck rises above the back");
    if (height_above_back_line(s.pose, s.pose[Joint::Head]) < -0.08) return at(s.t, "the head hangs below the back");
  }
  // "Return your hand to the ground": by the last phase the reaching hand is back on the floor.
  const Pose rest =
      mirror ? sample_mirrored(clip, clip.phases.back().start_seconds) : sample(clip, clip.phases.back().start_seconds);
  if (rest[reach.hand].y > 0.05) return "the reaching hand does not return to the floor";
  for (const Span& hold : hold_spans(clip)) {
    for (double t = hold.start; t < hold.end; t += kStep) {
      const Pose pose = mirror ? sample_mirrored(clip, t) : sample(clip, t);
      const double reach_length = distance(pose[reach.shoulder], pose[reach.wrist]);
      if (reach_length < 0.99 * kArmLength) return at(t, "the reaching arm is bent");
      if (pose[reach.wrist].z < pose[Joint::Head].z + 0.2) return at(t, "the reaching arm is not out in front");
      const double rise = pose[reach.wrist].y - pose[reach.shoulder].y;
      if (std::fabs(rise) > 0.05) return at(t, "the reaching arm is not parallel to the floor");
    }
  }
  return {};
}

// "On your knees and hands, neck parallel to the ground. Lift one hand and stretch the arm out in front of you,
// parallel to the ground. Don't raise your head. Hold 5 seconds. Then switch to your other arm."
inline std::string check_arm_reach(const Clip& clip) {
  if (!clip.per_side) return "arm reach must be done with each arm";
  if (auto problem = check_hold(clip, 5); !problem.empty()) return problem;
  if (auto problem = check_arm_reach_side(clip, false, kLeft, kRight); !problem.empty()) return "left: " + problem;
  if (auto problem = check_arm_reach_side(clip, true, kRight, kLeft); !problem.empty()) return "right: " + problem;
  // The demonstration loop does the other arm after the first.
  const auto middle = hold_middle_seconds(clip);
  if (!middle) return "no hold";
  const DemoFrame first = sample_demo(clip, *middle);
  const DemoFrame second = sample_demo(clip, clip.duration_seconds + *middle);
  if (first.mirrored || !second.mirrored) return "the demonstration does not switch arms";
  if (second.pose[Joint::RightWrist].z < second.pose[Joint::Head].z + 0.2) return "the other arm does not reach";
  return {};
}

// "Sit on the ground with your legs out straight in front of you. Hold your mid-thighs with your hands and curl
// your head and neck towards your belly button. Hold for a count of 15."
inline std::string check_thoracic_stretch(const Clip& clip) {
  if (auto problem = check_hold(clip, 15); !problem.empty()) return problem;
  for (const Sampled& s : sample_clip(clip)) {
    if (s.pose[Joint::Pelvis].y > 0.2) return at(s.t, "not seated on the floor");
    for (const ArmJoints& side : {kLeft, kRight}) {
      const double leg = distance(s.pose[side.hip], s.pose[side.ankle]);
      if (leg < 0.995 * (0.43 + 0.42)) return at(s.t, "a leg is bent");
      if (s.pose[side.ankle].z - s.pose[side.hip].z < 0.8) return at(s.t, "the legs are not out in front");
      if (s.pose[side.ankle].y > 0.12) return at(s.t, "a leg is off the floor");
      const Vec3 mid_thigh = lerp(s.pose[side.hip], s.pose[side.knee], 0.5);
      if (distance(s.pose[side.hand], mid_thigh) > 0.12) {
        return at(s.t, std::string(joint_name(side.hand)) + " is not on the mid-thigh");
      }
    }
  }
  // The navel is on the front of the lumbar spine; the curl brings the face toward it.
  const Pose start = sample(clip, 0);
  const double start_reach = distance(start[Joint::Nose], start[Joint::SpineMid]);
  for (const Span& hold : hold_spans(clip)) {
    const Pose pose = sample(clip, hold.start);
    const double reach = distance(pose[Joint::Nose], pose[Joint::SpineMid]);
    if (reach > 0.8 * start_reach) return "the head does not curl toward the navel";
    const double neck_bend = 180 - angle_at(pose[Joint::SpineMid], pose[Joint::Chest], pose[Joint::Neck]);
    if (neck_bend < 25) return "the upper back and neck do not curl";
  }
  return {};
}

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

// "Roll your shoulders slowly forward, making large circles. Then reduce to smaller circles and reverse direction."
inline std::string check_shoulder_roll(const Clip& clip) {
  if (clip.phases.size() < 3) return "needs large circles, smaller circles and reversed circles";
  std::vector<double> areas;
  for (std::size_t i = 0; i < clip.phases.size(); ++i) {
    const Span span{clip.phases[i].start_seconds,
                    i + 1 < clip.phases.size() ? clip.phases[i + 1].start_seconds : clip.duration_seconds};
    for (Joint shoulder : {Joint::LeftShoulder, Joint::RightShoulder}) {
      const double gap = distance(sample(clip, span.start)[shoulder], sample(clip, span.end - 1e-9)[shoulder]);
      if (gap > 0.01) return clip.phases[i].name + ": the shoulder's path is not a closed loop";
    }
    const double left = side_view_area(clip, Joint::LeftShoulder, span);
    const double right = side_view_area(clip, Joint::RightShoulder, span);
    if (std::fabs(left - right) > 1e-6) return clip.phases[i].name + ": the shoulders do not roll together";
    areas.push_back(left);
  }
  if (!(areas[0] < -0.002)) return "the first circles are not large forward rolls (area " + number(areas[0]) + ")";
  if (!(areas[1] < 0 && std::fabs(areas[1]) < 0.5 * std::fabs(areas[0]))) return "the next circles are not smaller";
  bool reversed = false;
  for (std::size_t i = 2; i < areas.size(); ++i) reversed = reversed || areas[i] > 0.001;
  if (!reversed) return "the direction never reverses";
  for (const Sampled& s : sample_clip(clip)) {
    if (s.pose[Joint::LeftWrist].y > s.pose[Joint::Pelvis].y + 0.05) return at(s.t, "the arms are not relaxed");
  }
  return {};
}

// "Sit in a chair and cross your arms behind your head. Then bend gently forward and slowly arch backward."
inline std::string check_upper_back_stretch(const Clip& clip) {
  const Prop* chair = find_prop(clip, PropKind::Chair);
  if (chair == nullptr) return "there is no chair";
  const double seat = chair->position.y + chair->size.y;
  const auto samples = sample_clip(clip);
  const double start_chest = samples.front().pose[Joint::Chest].z;
  double forward_time = -1, forward_most = start_chest, backward_time = -1, backward_most = start_chest;
  for (const Sampled& s : samples) {
    const Vec3 pelvis = s.pose[Joint::Pelvis];
    if (pelvis.y < seat || pelvis.y > seat + 0.12) return at(s.t, "not seated on the chair");
    if (std::fabs(pelvis.z - chair->position.z) > chair->size.z / 2) return at(s.t, "not over the seat");
    for (const ArmJoints& side : {kLeft, kRight}) {
      const Vec3 hand = s.pose[side.hand];
      const Vec3 head = s.pose[Joint::Head];
      if (distance(hand, head) > 0.15 || hand.z > head.z - 0.02) {
        return at(s.t, std::string(joint_name(side.hand)) + " is not behind the head");
      }
      if (s.pose[side.ankle].y > 0.1) return at(s.t, "a foot is off the floor");
    }
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

// "Lie on your stomach with a folded pillow under your chest. Arms out straight to your sides, elbows straight,
// thumbs toward the ceiling. Slowly raise your arms toward the ceiling and squeeze your shoulder blades together.
// Lower slowly."
inline std::string check_mid_trap(const Clip& clip) {
  const Prop* pillow = find_prop(clip, PropKind::Pillow);
  if (pillow == nullptr) return "there is no pillow";
  const auto samples = sample_clip(clip);
  const Pose start = samples.front().pose;
  double highest = start[Joint::LeftWrist].y, top_time = 0;
  double right_highest = start[Joint::RightWrist].y;
  for (const Sampled& s : samples) {
    const Pose& p = s.pose;
    if (p[Joint::Pelvis].y > 0.2 || p[Joint::Chest].y > 0.3) return at(s.t, "not lying down");
    if (p[Joint::Chest].z - p[Joint::Pelvis].z < 0.4) return at(s.t, "not lying flat");
    if (p[Joint::Nose].y > p[Joint::Head].y) return at(s.t, "not face down");
    const Vec3 chest = p[Joint::Chest];
    const bool over_pillow =
        std::fabs(chest.z - pillow->position.z) < pillow->size.z / 2 && chest.y > pillow->position.y + pillow->size.y;
    if (!over_pillow) return at(s.t, "the chest is not on the pillow");
    for (const ArmJoints& side : {kLeft, kRight}) {
      if (distance(p[side.shoulder], p[side.wrist]) < 0.99 * kArmLength) return at(s.t, "an elbow bends");
      if (std::fabs(p[side.wrist].x) - std::fabs(p[side.shoulder].x) < 0.4)
        return at(s.t, "an arm is not out to the side");
      if (p[side.thumb].y < p[side.wrist].y + 0.02) return at(s.t, "a thumb does not point to the ceiling");
    }
    if (p[Joint::LeftWrist].y > highest) highest = p[Joint::LeftWrist].y, top_time = s.t;
    right_highest = std::max(right_highest, p[Joint::RightWrist].y);
  }
  if (highest - start[Joint::LeftWrist].y < 0.15) return "the left arm does not rise";
  if (right_highest - start[Joint::RightWrist].y < 0.15) return "the right arm does not rise";
  if (blade_gap(sample(clip, top_time)) > 0.75 * blade_gap(start)) return "the blades do not come together";
  // Lowering takes longer than raising ("lower slowly").
  double lowered_time = top_time;
  for (const Sampled& s : samples) {
    if (s.t > top_time && std::fabs(s.pose[Joint::LeftWrist].y - start[Joint::LeftWrist].y) < 0.005) {
      lowered_time = s.t;
      break;
    }
  }
  double raise_time = 0;
  for (const Sampled& s : samples) {
    if (s.pose[Joint::LeftWrist].y > start[Joint::LeftWrist].y + 0.005) {
      raise_time = top_time - s.t;
      break;
    }
  }
  if (!(lowered_time - top_time > 1.3 * raise_time)) return "the arms are not lowered slowly";
  return {};
}

using ExerciseCheck = std::string (*)(const Clip&);

struct ExerciseCheckEntry {
  const char* exercise_id;
  ExerciseCheck check;
};

inline constexpr ExerciseCheckEntry kExerciseChecks[] = {
    {"arm-slides", check_arm_slides},
    {"shoulder-blade-squeeze", check_shoulder_blade_squeeze},
    {"elbow-squeeze", check_elbow_squeeze},
    {"arm-reach", check_arm_reach},
    {"thoracic-stretch", check_thoracic_stretch},
    {"shoulder-roll", check_shoulder_roll},
    {"upper-back-stretch", check_upper_back_stretch},
    {"mid-trap", check_mid_trap},
};

}  // namespace ubr::checks
