#pragma once
// Checks that a motion clip does what the exercise's instructions say. Each returns an empty string when the clip
// passes, otherwise what is wrong, so the same checks run on the shipped clips (must pass) and on deliberately
// corrupted copies (must fail). Header-only so the test target needs no extra source list.
#include "core/motion/motion.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <numbers>
#include <string>
#include <vector>

namespace ubr::checks {

constexpr double kStep = 1.0 / 120.0;       // seconds between samples: finer than any frame
constexpr double kMaxJointSpeed = 2.0;      // m/s; these are slow, controlled exercises
constexpr double kArmLength = 0.29 + 0.25;  // shoulder to wrist, straight

struct Sampled {
  double t;
  Pose pose;
};

inline std::vector<Sampled> sample_clip(const Clip& clip, bool mirror = false) {
  std::vector<Sampled> result;
  for (double t = 0; t < clip.duration_seconds; t += kStep) {
    result.push_back({t, mirror ? sample_mirrored(clip, t) : sample(clip, t)});
  }
  return result;
}

inline std::string at(double t, const std::string& what) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "at %.3f s: ", t);
  return buffer + what;
}

inline std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", value);
  return buffer;
}

// Start and end times of the phases whose name is `name`.
struct Span {
  double start, end;
};
inline std::vector<Span> phase_spans(const Clip& clip, const std::function<bool(const Phase&)>& which) {
  std::vector<Span> spans;
  for (std::size_t i = 0; i < clip.phases.size(); ++i) {
    const double end = i + 1 < clip.phases.size() ? clip.phases[i + 1].start_seconds : clip.duration_seconds;
    if (which(clip.phases[i])) spans.push_back({clip.phases[i].start_seconds, end});
  }
  return spans;
}
inline std::vector<Span> hold_spans(const Clip& clip) {
  return phase_spans(clip, [](const Phase& p) { return p.hold; });
}
inline bool inside(const Span& span, double t) {
  return t >= span.start && t < span.end;
}

inline const Prop* find_prop(const Clip& clip, PropKind kind) {
  for (const Prop& prop : clip.props) {
    if (prop.kind == kind) return &prop;
  }
  return nullptr;
}

// Angle at joint b between the segments to a and to c, in degrees (180 = straight).
inline double angle_at(Vec3 a, Vec3 b, Vec3 c) {
  const Vec3 u = a - b, v = c - b;
  return std::acos(std::clamp(dot(u, v) / (length(u) * length(v)), -1.0, 1.0)) * 180.0 / std::numbers::pi;
}

// --- Checks every clip must pass -----------------------------------------------------------------------------

inline std::string check_bone_lengths(const Clip& clip) {
  const Pose rest = rest_pose();
  for (bool mirror : {false, true}) {
    for (const Sampled& s : sample_clip(clip, mirror)) {
      for (const Bone& bone : figure_bones()) {
        const double expected = distance(rest[bone.from], rest[bone.to]);
        const double actual = distance(s.pose[bone.from], s.pose[bone.to]);
        if (std::fabs(actual - expected) > 1e-6) {
          return at(s.t, std::string("bone ") + joint_name(bone.from) + "-" + joint_name(bone.to) + " is " +
                             number(actual) + " m long, not " + number(expected));
        }
      }
    }
  }
  return {};
}

inline std::string check_above_floor(const Clip& clip) {
  for (const Sampled& s : sample_clip(clip)) {
    for (std::size_t j = 0; j < kJointCount; ++j) {
      if (s.pose.joints[j].y < 0) {
        return at(s.t, std::string(joint_name(static_cast<Joint>(j))) + " is below the floor");
      }
    }
    if (s.pose[Joint::Head].y < kHeadRadius) return at(s.t, "the head goes through the floor");
  }
  return {};
}

inline std::string check_joint_speed(const Clip& clip) {
  const std::vector<Sampled> samples = sample_clip(clip);
  for (std::size_t i = 1; i < samples.size(); ++i) {
    for (std::size_t j = 0; j < kJointCount; ++j) {
      const double speed = distance(samples[i].pose.joints[j], samples[i - 1].pose.joints[j]) / kStep;
      if (speed > kMaxJointSpeed) {
        return at(samples[i].t, std::string(joint_name(static_cast<Joint>(j))) + " moves at " + number(speed) +
                                    " m/s, faster than " + number(kMaxJointSpeed));
      }
    }
  }
  return {};
}

// Joints at the end of the loop must meet the start, as must the two halves of a per-side demonstration.
inline std::string check_loop_seam(const Clip& clip) {
  const double epsilon = 1e-4;
  const double tolerance = kMaxJointSpeed * epsilon * 2;
  const double cycle = demo_cycle_seconds(clip);
  const double seams[] = {clip.duration_seconds, cycle};
  for (double seam : seams) {
    const Pose before = sample_demo(clip, seam - epsilon).pose;
    const Pose after = sample_demo(clip, seam + epsilon).pose;
    for (std::size_t j = 0; j < kJointCount; ++j) {
      if (distance(before.joints[j], after.joints[j]) > tolerance) {
        return at(seam, std::string(joint_name(static_cast<Joint>(j))) + " jumps at the loop seam");
      }
    }
  }
  return {};
}

inline std::string check_range_of_motion(const Clip& clip) {
  for (double t = 0; t < clip.duration_seconds; t += kStep) {
    const BodyAngles angles = sample_angles(clip, t);
    for (std::size_t c = 0; c < kChannelCount; ++c) {
      const ChannelInfo& info = channel_info(static_cast<Channel>(c));
      for (std::size_t axis = 0; axis < kAxesPerChannel; ++axis) {
        const double value = angles.degrees[c][axis];
        const AngleRange range = info.range[axis];
        if (value < range.min_degrees - 1e-9 || value > range.max_degrees + 1e-9) {
          return at(t, std::string(info.name) + "." + (info.axis_names[axis] ? info.axis_names[axis] : "unused") +
                           " = " + number(value) + " degrees, outside " + number(range.min_degrees) + " to " +
                           number(range.max_degrees));
        }
      }
    }
  }
  return {};
}

inline std::string check_hold(const Clip& clip, double min_seconds) {
  double total = 0;
  for (const Span& span : hold_spans(clip)) total = std::max(total, span.end - span.start);
  if (total < min_seconds) return "the hold lasts " + number(total) + " s, less than " + number(min_seconds);
  // A hold is still: no joint moves more than a few millimetres.
  for (const Span& span : hold_spans(clip)) {
    const Pose first = sample(clip, span.start);
    for (double t = span.start; t < span.end; t += kStep) {
      const Pose pose = sample(clip, t);
      for (std::size_t j = 0; j < kJointCount; ++j) {
        if (distance(pose.joints[j], first.joints[j]) > 0.005) {
          return at(t, std::string(joint_name(static_cast<Joint>(j))) + " moves during the hold");
        }
      }
    }
  }
  return {};
}

}  // namespace ubr::checks
