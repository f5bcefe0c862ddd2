#include "core/motion/motion.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ubr {
namespace {

double wrap(double time_seconds, double period) {
  if (!std::isfinite(time_seconds) || period <= 0) return 0;
  const double wrapped = std::fmod(time_seconds, period);
  return wrapped < 0 ? wrapped + period : wrapped;
}

double eased(Ease ease, double u) {
  switch (ease) {
    case Ease::Linear:
      return u;
    case Ease::InOut:
      return 0.5 - 0.5 * std::cos(std::numbers::pi * u);
    case Ease::Smooth:
      return u;  // the spline itself carries the shape
  }
  return u;
}

// Catmull-Rom through p1 -> p2 with neighbours p0 and p3: passes through every keyframe with continuous speed.
double catmull_rom(double p0, double p1, double p2, double p3, double u) {
  const double u2 = u * u, u3 = u2 * u;
  return 0.5 * (2 * p1 + (-p0 + p2) * u + (2 * p0 - 5 * p1 + 4 * p2 - p3) * u2 + (-p0 + 3 * p1 - 3 * p2 + p3) * u3);
}

}  // namespace

BodyAngles sample_angles(const Clip& clip, double time_seconds) {
  const std::vector<Keyframe>& keys = clip.keyframes;
  if (keys.empty()) return {};
  const double t = wrap(time_seconds, clip.duration_seconds);
  const std::size_t n = keys.size();
  std::size_t index = 0;
  while (index + 1 < n && keys[index + 1].time_seconds <= t) ++index;
  const std::size_t next = (index + 1) % n;
  const double start = keys[index].time_seconds;
  const double end = next == 0 ? clip.duration_seconds : keys[next].time_seconds;
  const double u = end > start ? (t - start) / (end - start) : 0;
  const Keyframe& a = keys[index];
  const Keyframe& b = keys[next];

  BodyAngles result;
  if (a.ease == Ease::Smooth) {
    const Keyframe& before = keys[(index + n - 1) % n];
    const Keyframe& after = keys[(next + 1) % n];
    for (std::size_t c = 0; c < kChannelCount; ++c) {
      for (std::size_t axis = 0; axis < kAxesPerChannel; ++axis) {
        result.degrees[c][axis] = catmull_rom(before.angles.degrees[c][axis], a.angles.degrees[c][axis],
                                              b.angles.degrees[c][axis], after.angles.degrees[c][axis], u);
      }
    }
    return result;
  }
  const double w = eased(a.ease, u);
  for (std::size_t c = 0; c < kChannelCount; ++c) {
    for (std::size_t axis = 0; axis < kAxesPerChannel; ++axis) {
      result.degrees[c][axis] = a.angles.degrees[c][axis] + (b.angles.degrees[c][axis] - a.angles.degrees[c][axis]) * w;
    }
  }
  return result;
}

Pose sample(const Clip& clip, double time_seconds) {
  return forward_kinematics(sample_angles(clip, time_seconds), clip.root);
}

Pose sample_mirrored(const Clip& clip, double time_seconds) {
  return forward_kinematics(mirrored(sample_angles(clip, time_seconds)), mirrored(clip.root));
}

const Phase& phase_at(const Clip& clip, double time_seconds) {
  static const Phase kNoPhase{};
  if (clip.phases.empty()) return kNoPhase;
  const double t = wrap(time_seconds, clip.duration_seconds);
  std::size_t index = 0;
  while (index + 1 < clip.phases.size() && clip.phases[index + 1].start_seconds <= t) ++index;
  return clip.phases[index];
}

namespace {
double phase_end(const Clip& clip, std::size_t index) {
  return index + 1 < clip.phases.size() ? clip.phases[index + 1].start_seconds : clip.duration_seconds;
}
}  // namespace

std::optional<double> hold_middle_seconds(const Clip& clip) {
  for (std::size_t i = 0; i < clip.phases.size(); ++i) {
    if (clip.phases[i].hold) return 0.5 * (clip.phases[i].start_seconds + phase_end(clip, i));
  }
  return std::nullopt;
}

double hold_seconds(const Clip& clip) {
  double total = 0;
  for (std::size_t i = 0; i < clip.phases.size(); ++i) {
    if (clip.phases[i].hold) total += phase_end(clip, i) - clip.phases[i].start_seconds;
  }
  return total;
}

ClipStretch repetition_cycle(const Clip& clip, int rep, int reps) {
  const std::size_t count = clip.cycle_starts.size();
  if (count == 0 || reps <= 0) return {0, clip.duration_seconds};
  const int clamped = std::clamp(rep, 1, reps);
  const std::size_t index =
      std::min(count - 1, static_cast<std::size_t>(clamped - 1) * count / static_cast<std::size_t>(reps));
  const double end = index + 1 < count ? clip.cycle_starts[index + 1] : clip.duration_seconds;
  return {clip.cycle_starts[index], end};
}

HeldRepetition held_repetition(const Clip& clip) {
  for (std::size_t i = 0; i < clip.phases.size(); ++i) {
    if (!clip.phases[i].hold) continue;
    const double start = clip.phases[i].start_seconds;
    const double end = phase_end(clip, i);
    return {{0, start}, {start, end}, {end, clip.duration_seconds}};
  }
  const double peak = clip.phases.size() > 1 ? clip.phases[1].start_seconds : 0.5 * clip.duration_seconds;
  return {{0, peak}, {peak, peak}, {peak, clip.duration_seconds}};
}

double key_pose_seconds(const Clip& clip) {
  constexpr double kStep = 1.0 / 30;
  const Pose start = sample(clip, 0);
  double best_time = 0;
  double best_distance = -1;
  for (double t = 0; t < clip.duration_seconds; t += kStep) {
    const Pose pose = sample(clip, t);
    double moved = 0;
    for (std::size_t j = 0; j < kJointCount; ++j) moved += distance(pose.joints[j], start.joints[j]);
    if (moved > best_distance) best_distance = moved, best_time = t;
  }
  return best_time;
}

double demo_cycle_seconds(const Clip& clip) {
  return clip.duration_seconds * (clip.per_side ? 2.0 : 1.0);
}

DemoFrame sample_demo(const Clip& clip, double time_seconds) {
  const double cycle = wrap(time_seconds, demo_cycle_seconds(clip));
  DemoFrame frame;
  frame.mirrored = clip.per_side && cycle >= clip.duration_seconds;
  frame.clip_time_seconds = frame.mirrored ? cycle - clip.duration_seconds : cycle;
  frame.pose = frame.mirrored ? sample_mirrored(clip, frame.clip_time_seconds) : sample(clip, frame.clip_time_seconds);
  frame.phase = &phase_at(clip, frame.clip_time_seconds);
  return frame;
}

std::array<bool, kJointCount> working_joints(const Clip& clip, const DemoFrame& frame) {
  std::array<bool, kJointCount> result{};
  if (frame.phase == nullptr || !frame.phase->working) return result;
  result = clip.working_joints;
  if (frame.mirrored) {
    // Reuse the pose mirror to swap left and right entries.
    Pose flags;
    for (std::size_t i = 0; i < kJointCount; ++i) flags.joints[i] = {0, result[i] ? 1.0 : 0.0, 0};
    const Pose swapped = mirrored(flags);
    for (std::size_t i = 0; i < kJointCount; ++i) result[i] = swapped.joints[i].y > 0.5;
  }
  return result;
}

}  // namespace ubr
