#include "core/reminders/micro_break.h"

namespace ubr {
namespace {
// Repetitions in a micro-break: enough to loosen up, few enough to stay within two minutes. The shoulder roll keeps
// the eight its clip spreads its circles over in the short routine.
int micro_break_reps(std::string_view id) {
  return id == "shoulder-roll" ? 8 : 5;
}
}  // namespace

Routine micro_break_routine(const Catalogue& catalogue, int breaks_taken_today) {
  Routine routine{std::string(kMicroBreakRoutineId), "Micro-break", {}};
  const std::size_t count = kMicroBreakExercises.size();
  // A negative count (never stored, but cheap to guard) starts the rotation at its beginning.
  const std::size_t first = breaks_taken_today > 0 ? static_cast<std::size_t>(breaks_taken_today) : 0;
  for (std::size_t i = 0; i < kMicroBreakExerciseCount; ++i) {
    const std::string_view id = kMicroBreakExercises[(first * kMicroBreakExerciseCount + i) % count];
    const Exercise* exercise = catalogue.find(id);
    if (exercise == nullptr) continue;
    RoutineItem item{exercise->id, exercise->dosage};
    item.dosage.reps = micro_break_reps(id);
    item.dosage.sets = 1;
    routine.items.push_back(std::move(item));
  }
  return routine;
}

}  // namespace ubr
