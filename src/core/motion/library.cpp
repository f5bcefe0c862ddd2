#include "core/motion/library.h"

#include <embedded_content.h>

#include <cmath>

namespace ubr {

const MotionLibrary::Entry& MotionLibrary::load(std::string_view exercise_id) const {
  auto found = parsed_->find(exercise_id);
  if (found != parsed_->end()) return found->second;
  Entry entry;
  entry.key_pose = rest_pose();
  const std::string id(exercise_id);
  if (const auto text = source_ != nullptr ? source_(id) : std::nullopt) {
    entry.parsed = parse_clip(*text, id);
    if (const auto& clip = entry.parsed.clip) {
      entry.mistake = mistake_clip(*clip);
      entry.key_pose = sample(*clip, key_pose_seconds(*clip));
      entry.paths = motion_paths(*clip);
    }
  } else {
    entry.parsed.error = "no motion for '" + id + "' in this build";
  }
  return parsed_->emplace(id, std::move(entry)).first->second;
}

const Clip* MotionLibrary::find(std::string_view exercise_id) const {
  const ClipParse& parsed = load(exercise_id).parsed;
  return parsed.clip ? &*parsed.clip : nullptr;
}

const Clip* MotionLibrary::find_mistake(std::string_view exercise_id) const {
  const Entry& entry = load(exercise_id);
  return entry.mistake ? &*entry.mistake : nullptr;
}

const Pose& MotionLibrary::key_pose(std::string_view exercise_id) const {
  return load(exercise_id).key_pose;
}

const std::vector<MotionPath>& MotionLibrary::paths(std::string_view exercise_id) const {
  return load(exercise_id).paths;
}

std::string MotionLibrary::error(std::string_view exercise_id) const {
  return load(exercise_id).parsed.error;
}

Pose MotionLibrary::pose_at(std::string_view exercise_id, double clip_seconds, bool mirrored) const {
  const Clip* clip = find(exercise_id);
  if (clip == nullptr) return rest_pose();
  return mirrored ? sample_mirrored(*clip, clip_seconds) : sample(*clip, clip_seconds);
}

MotionLibrary embedded_motion() {
  return MotionLibrary(+[](std::string_view exercise_id) -> std::optional<std::string_view> {
    // exercises.json sits beside the clips in the embedded files but is the catalogue, not a clip.
    if (exercise_id == "exercises") return std::nullopt;
    return content::find(std::string(exercise_id) + ".json");
  });
}

}  // namespace ubr
