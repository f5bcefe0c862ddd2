#pragma once
// Two tabs editing custom routines: each writes the whole list, so a tab about to write (or told that another tab
// wrote) merges three lists instead of writing over the other tab's work.
#include "core/session/routine.h"

#include <cstdint>
#include <vector>

namespace ubr {

// The custom routines as one side holds them, with the origins it deleted.
struct RoutineList {
  std::vector<Routine> routines;
  std::vector<std::uint64_t> deleted;

  bool operator==(const RoutineList&) const = default;
};

// `base` is what this tab last read from or wrote to storage, `ours` what it holds now, `theirs` what storage holds
// now. Routines are matched by origin (by id when they have none):
// - one only they changed comes from theirs; one both changed keeps ours (the person is looking at it here);
// - one they deleted goes, unless it changed here; one we deleted stays deleted;
// - one they never saw (not in theirs, not deleted there: another tab saved at the same moment) stays;
// - one only they have joins ours.
// Ids are unique in the result: ours keep theirs, and a routine of theirs whose id is taken gets the next free
// "custom-<n>". The result is in id order, so both tabs arrive at the same list and stop writing.
RoutineList merge_routines(const RoutineList& base, const RoutineList& ours, const RoutineList& theirs);

}  // namespace ubr
