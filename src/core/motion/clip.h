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

// The mistake an exercise's instructions warn against, shown on request as a second figure: the same clip with some
// joints held wrong ("mistake" in the file: {"name", "advice", "fails", "add": {angles added to the keyframes that
// move}, optional "throughout": true to add them to every keyframe, optional "view"}).
// `fails` names the one instruction it breaks; the motion tests hold the mistake to breaking exactly that one.
struct Mistake {
  std::string name;                 // "Head lifted", shown beside the mistaken figure
  std::string advice;               // what to do instead, in a sentence
  std::string fails;                // the instruction check this mistake breaks (tests/core/motion_exercise_checks.h)
  std::vector<Keyframe> keyframes;  // the clip's keyframes with the mistake added, validated like any keyframe
  // Where both figures are seen from while the mistake is shown, when the clip's own view would hide it (arms off
  // a wall are seen from the side, not the front); the clip's view when absent.
  std::optional<ClipView> view;
};

struct Clip {
  std::string exercise_id;
  double duration_seconds = 1;  // one repetition at 1x speed
  bool per_side = false;        // authored for the left side; the right side is its mirror image
  RootPlacement root;
  ClipView view;
  std::vector<Prop> props;
  std::array<bool, kJointCount> working_joints{};  // the region that works; bones between two of these light up
  // The joints whose way through a repetition is drawn behind the figure ("paths": ["leftWrist", ...]; none when
  // absent): the ones that carry the movement, like the wrists of a slide or the shoulders of a roll.
  std::vector<Joint> path_joints;
  std::vector<Phase> phases;
  std::vector<Keyframe> keyframes;
  // Where each movement cycle starts ("cycles" in the file; [0], the whole clip, when absent). A clip that shows a
  // sequence, like the shoulder roll's large and small circles both ways, lists one start per circle, so a session
  // can play one circle per repetition at the clip's own pace.
  std::vector<double> cycle_starts{0};
  std::optional<Mistake> mistake;
};

struct ClipParse {
  std::optional<Clip> clip;
  std::string error;  // "motion for 'arm-slides': keyframes[2].pose.leftShoulder.flexion: ..." when clip is empty
};

// Parses and validates the motion file of `exercise_id`.
ClipParse parse_clip(std::string_view json_text, std::string_view exercise_id);

const char* prop_name(PropKind kind);

// The clip as the mistake does it: its keyframes replaced by the mistake's, nothing else changed (no mistake of its
// own). nullopt when the clip has no mistake.
std::optional<Clip> mistake_clip(const Clip& clip);

}  // namespace ubr
