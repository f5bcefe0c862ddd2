#pragma once
// Two tabs editing custom routines: each writes the whole list, so a tab about to write (or told that another tab
// wrote) merges three lists instead of writing over the other tab's work.
#include "core/session/routine.h"

#include <vector>

namespace ubr {

// `base` is what this tab last read from or wrote to storage, `ours` what it holds now, `theirs` what storage holds
// now. A routine only one side added, changed or deleted since `base` follows that side; one both sides changed
// keeps ours (the person is looking at it here). Two routines added under the same id by two tabs are both kept:
// theirs gets a new "custom-<n>" id. The result keeps ours in their order, then what only they added.
std::vector<Routine> merge_routines(const std::vector<Routine>& base, const std::vector<Routine>& ours,
                                    const std::vector<Routine>& theirs);

}  // namespace ubr
