#pragma once
// Sampling a clip: pure functions of (clip, time), so the app, the session screen and the tests see the same
// figure at the same time. Time wraps around the clip, and the last keyframe eases back into the first, so loops
// are seamless by construction.
#include "core/motion/clip.h"

namespace ubr {

BodyAngles sample_angles(const Clip& clip, double time_seconds);
Pose sample(const Clip& clip, double time_seconds);
// The same moment done by the other side of the body (per-side exercises are authored for the left side).
Pose sample_mirrored(const Clip& clip, double time_seconds);

// The phase running at `time_seconds` (wrapped into the clip).
const Phase& phase_at(const Clip& clip, double time_seconds);
// Time at the middle of the clip's first hold phase, or nullopt when it has none.
std::optional<double> hold_middle_seconds(const Clip& clip);
// How long the clip's hold phases last in total.
double hold_seconds(const Clip& clip);

// A stretch of a clip's time that a session step plays at the clip's own pace; from == to holds one pose still.
struct ClipStretch {
  double from_seconds = 0;
  double to_seconds = 0;
  double length() const { return to_seconds - from_seconds; }
  bool operator==(const ClipStretch&) const = default;
};
// The movement cycle that repetition `rep` (1-based) of `reps` plays. The clip's cycles are spread over the
// repetitions in order, so the whole sequence is done once whatever the count: ten shoulder rolls over eight circles
// are three large forward, two smaller forward, three large backward and two smaller backward.
ClipStretch repetition_cycle(const Clip& clip, int rep, int reps);
// A repetition that is held: moving into the held pose, the clip's hold (still, whatever the count's length), and
// moving out of it to the clip's end; one after the other, so the figure never jumps. Without a hold phase in the
// clip, the pose held is where the first phase ends (the top of a slide).
struct HeldRepetition {
  ClipStretch move_in;
  ClipStretch hold;
  ClipStretch release;
};
HeldRepetition held_repetition(const Clip& clip);

// The moment in `clip` when the joints are farthest, summed, from where they start: the pose that says which
// exercise this is at a glance (the top of a slide, the held reach, the deepest curl).
double key_pose_seconds(const Clip& clip);

// The demonstration loop on the exercise screen: one repetition, or for a per-side exercise one on the left then
// one on the right.
double demo_cycle_seconds(const Clip& clip);

struct DemoFrame {
  Pose pose;
  const Phase* phase = nullptr;
  bool mirrored = false;  // the right side is working
  double clip_time_seconds = 0;
};
DemoFrame sample_demo(const Clip& clip, double time_seconds);

// Which joints are working at this frame (empty outside working phases), already swapped for a mirrored frame.
std::array<bool, kJointCount> working_joints(const Clip& clip, const DemoFrame& frame);

}  // namespace ubr
