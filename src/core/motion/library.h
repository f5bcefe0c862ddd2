#pragma once
// The exercises' motion clips (assets/motion/<exercise-id>.json), parsed when first asked for and kept by the
// library object. It travels with the catalogue (Catalogue::motion), so the session engine, the demo player and the
// screens get the clips the way they get the exercises, and tests can hand in a library of their own.
#include "core/motion/motion.h"
#include "core/motion/paths.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace ubr {

class MotionLibrary {
 public:
  // The JSON text of an exercise's clip, or nothing when there is none. A plain function: the sources are the
  // build's embedded files and tests' fixed texts, none of which needs captured state.
  using ClipSource = std::optional<std::string_view> (*)(std::string_view exercise_id);

  MotionLibrary() = default;  // no clips: every exercise stands still in the rest pose
  explicit MotionLibrary(ClipSource source) : source_(source) {}

  // The clip of an exercise, or nullptr when there is none or it failed validation (see error()). The pointer
  // stays valid while any copy of this library lives.
  const Clip* find(std::string_view exercise_id) const;
  // Why find() returned nullptr ("no motion for 'x'", or the validation message); empty when it did not.
  std::string error(std::string_view exercise_id) const;

  // The exercise done the wrong way (its clip's mistake), or nullptr when its clip has none or is missing.
  const Clip* find_mistake(std::string_view exercise_id) const;
  // The exercise's picture: its clip's key pose (key_pose_seconds in motion.h), worked out once. The rest pose for
  // an exercise without a valid clip.
  const Pose& key_pose(std::string_view exercise_id) const;

  // The paths of the exercise's moving joints over one repetition (motion_paths), worked out once; none without a
  // valid clip.
  const std::vector<MotionPath>& paths(std::string_view exercise_id) const;

  // The pose `clip_seconds` into an exercise's clip (wrapped); mirrored=true shows the other side (per-side
  // exercises). An exercise without a valid clip stands still in the rest pose.
  Pose pose_at(std::string_view exercise_id, double clip_seconds, bool mirrored) const;

 private:
  // What is known of one exercise's motion, all of it worked out on first use.
  struct Entry {
    ClipParse parsed;
    std::optional<Clip> mistake;
    Pose key_pose;
    std::vector<MotionPath> paths;
  };
  const Entry& load(std::string_view exercise_id) const;

  ClipSource source_ = nullptr;
  // Parsed clips, shared by the library's copies (a catalogue is copied freely) so each is parsed once. The app is
  // single-threaded and clips never change while it runs.
  std::shared_ptr<std::map<std::string, Entry, std::less<>>> parsed_ =
      std::make_shared<std::map<std::string, Entry, std::less<>>>();
};

// The clips embedded in this build.
MotionLibrary embedded_motion();

}  // namespace ubr
