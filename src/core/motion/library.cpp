#include "core/motion/library.h"

#include <embedded_content.h>

#include <cmath>

namespace ubr {

const ClipParse& MotionLibrary::load(std::string_view exercise_id) const {
  auto found = parsed_->find(exercise_id);
  if (found != parsed_->end()) return found->second;
  ClipParse parsed;
  const std::string id(exercise_id);
  if (const auto text = source_ != nullptr ? source_(id) : std::nullopt) {
    parsed = parse_clip(*text, id);
    if (parsed.clip) parsed.clip->key_pose_seconds = key_pose_seconds(*parsed.clip);
  } else {
    parsed.error = "no motion for '" + id + "' in this build";
  }
  return parsed_->emplace(id, std::move(parsed)).first->second;
}

const Clip* MotionLibrary::find(std::string_view exercise_id) const {
  const ClipParse& parsed = load(exercise_id);
  return parsed.clip ? &*parsed.clip : nullptr;
}

std::string MotionLibrary::error(std::string_view exercise_id) const {
  return load(exercise_id).error;
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
