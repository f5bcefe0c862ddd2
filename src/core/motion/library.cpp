#include "core/motion/library.h"

#include <embedded_content.h>

#include <cmath>
#include <map>

namespace ubr {
namespace {

// Parsed once per exercise and kept: the app is single-threaded and the clips never change while it runs.
const ClipParse& load(std::string_view exercise_id) {
  static std::map<std::string, ClipParse, std::less<>> cache;
  auto found = cache.find(exercise_id);
  if (found != cache.end()) return found->second;
  ClipParse parsed;
  const std::string id(exercise_id);
  if (const auto text = content::find(id + ".json"); text && id != "exercises") {
    parsed = parse_clip(*text, id);
  } else {
    parsed.error = "no motion for '" + id + "' in this build";
  }
  return cache.emplace(id, std::move(parsed)).first->second;
}

double clip_time(const Clip& clip, double progress, bool holding) {
  if (holding) {
    if (auto middle = hold_middle_seconds(clip)) return *middle;
  }
  const double wrapped = std::isfinite(progress) ? progress - std::floor(progress) : 0;
  return wrapped * clip.duration_seconds;
}

}  // namespace

const Clip* find_clip(std::string_view exercise_id) {
  const ClipParse& parsed = load(exercise_id);
  return parsed.clip ? &*parsed.clip : nullptr;
}

std::string motion_error(std::string_view exercise_id) {
  return load(exercise_id).error;
}

Pose pose_for_repetition(std::string_view exercise_id, double progress, bool holding, bool mirrored) {
  const Clip* clip = find_clip(exercise_id);
  if (clip == nullptr) return rest_pose();
  const double t = clip_time(*clip, progress, holding);
  return mirrored ? sample_mirrored(*clip, t) : sample(*clip, t);
}

double repetition_seconds(std::string_view exercise_id) {
  const Clip* clip = find_clip(exercise_id);
  return clip ? clip->duration_seconds : 0;
}

std::string phase_for_repetition(std::string_view exercise_id, double progress, bool holding) {
  const Clip* clip = find_clip(exercise_id);
  return clip ? phase_at(*clip, clip_time(*clip, progress, holding)).name : std::string();
}

}  // namespace ubr
