#pragma once
// The motion clips embedded in the build (assets/motion/<exercise-id>.json), parsed on first use. This is the
// entry point for screens that show the figure: the exercise demonstration and the guided session.
#include "core/motion/motion.h"

#include <string>
#include <string_view>

namespace ubr {

// The clip of an exercise, or nullptr when the build has none or it failed validation (see motion_error).
const Clip* find_clip(std::string_view exercise_id);
// Why find_clip returned nullptr ("no motion for 'x'", or the validation message); empty when it did not.
std::string motion_error(std::string_view exercise_id);

// Pose of exercise `exercise_id` at `progress` in [0,1) of one repetition cycle (wrapped). For hold exercises the
// held pose is shown when holding=true, whatever the progress. mirrored=true shows the other side (per-side
// exercises). An exercise without a valid clip stands still in the rest pose.
Pose pose_for_repetition(std::string_view exercise_id, double progress, bool holding, bool mirrored);

// Natural duration of one repetition at 1x in seconds, holds included (0 when the exercise has no clip).
double repetition_seconds(std::string_view exercise_id);

// The name of the phase at `progress` of one repetition ("slide up", "hold", ...); empty without a clip.
std::string phase_for_repetition(std::string_view exercise_id, double progress, bool holding);

}  // namespace ubr
