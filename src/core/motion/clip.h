#pragma once
// A motion clip: one repetition of an exercise as data (assets/motion/<exercise-id>.json), with its starting
// position, props, named phases and keyframes of joint angles. parse_clip validates a file and names the
// exercise, keyframe and field of the first problem, so a bad edit is caught by the tests, not by a user.
#include "core/motion/skeleton.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ubr {

// How the angles travel from one keyframe to the next.
enum class Ease {
  Linear,  // constant speed (rare: it starts and stops abruptly)
  InOut,   // starts and ends at rest: a movement toward a position that is held or reversed
  Smooth,  // passes through the keyframe without stopping (Catmull-Rom): circles and continuous paths
};

struct Keyframe {
  double time_seconds = 0;
  Ease ease = Ease::InOut;  // for the way from this keyframe to the next
  BodyAngles angles;
};

struct Phase {
  std::string name;          // shown under the figure: "slide up", "hold", "lower", "relax"
  double start_seconds = 0;  // a phase lasts until the next one starts (the last until the end of the clip)
  bool hold = false;         // the position is held still (the count of a hold exercise runs here)
  bool working = false;      // the working region is highlighted during this phase
};

enum class PropKind { Wall, Chair, Floor, Pillow };

// A box the figure uses. position is the centre of its bottom face (for a wall: of the face the figure touches),
// size its width (x), height (y) and depth (z), in metres.
struct Prop {
  PropKind kind = PropKind::Floor;
  Vec3 position;
  Vec3 size;
};

// The view that shows this movement best (a squeeze is best seen from behind).
struct ClipView {
  double yaw_degrees = 0;     // 0 = from the front, 90 = from the figure's left, 180 = from behind
  double pitch_degrees = 0;   // positive looks down
  Vec3 target{0, 0.9, 0};     // the point at the centre of the view
  double frame_metres = 2.1;  // how much of the world fits the view's height
};

struct Clip {
  std::string exercise_id;
  double duration_seconds = 1;  // one repetition at 1x speed
  bool per_side = false;        // authored for the left side; the right side is its mirror image
  RootPlacement root;
  ClipView view;
  std::vector<Prop> props;
  std::array<bool, kJointCount> working_joints{};  // the region that works; bones between two of these light up
  std::vector<Phase> phases;
  std::vector<Keyframe> keyframes;
  // Where each movement cycle starts ("cycles" in the file; [0], the whole clip, when absent). A clip that shows a
  // sequence, like the shoulder roll's large and small circles both ways, lists one start per circle, so a session
  // can play one circle per repetition at the clip's own pace.
  std::vector<double> cycle_starts{0};
  // The moment the figure is farthest from its starting pose: the exercise's picture on the home screen. Worked out
  // once, when a MotionLibrary loads the clip (key_pose_seconds in motion.h); 0 in a clip parsed on its own.
  double key_pose_seconds = 0;
};

struct ClipParse {
  std::optional<Clip> clip;
  std::string error;  // "motion for 'arm-slides': keyframes[2].pose.leftShoulder.flexion: ..." when clip is empty
};

// Parses and validates the motion file of `exercise_id`.
ClipParse parse_clip(std::string_view json_text, std::string_view exercise_id);

const char* prop_name(PropKind kind);

}  // namespace ubr
