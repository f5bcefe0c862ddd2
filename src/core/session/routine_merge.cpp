#include "core/session/routine_merge.h"

#include <algorithm>
#include <string_view>

namespace ubr {
namespace {

const Routine* find(const std::vector<Routine>& routines, std::string_view id) {
  const auto found = std::find_if(routines.begin(), routines.end(), [&](const Routine& r) { return r.id == id; });
  return found == routines.end() ? nullptr : &*found;
}

std::string unused_id(const std::vector<Routine>& merged, const std::vector<Routine>& theirs) {
  RoutineBook book;
  book.custom = merged;
  book.custom.insert(book.custom.end(), theirs.begin(), theirs.end());
  return next_custom_routine_id(book);
}

}  // namespace

std::vector<Routine> merge_routines(const std::vector<Routine>& base, const std::vector<Routine>& ours,
                                    const std::vector<Routine>& theirs) {
  std::vector<Routine> merged;
  std::vector<const Routine*> theirs_renamed;  // added by them under an id we added something else under
  for (const Routine& mine : ours) {
    const Routine* before = find(base, mine.id);
    const Routine* other = find(theirs, mine.id);
    if (before != nullptr && mine == *before) {
      if (other == nullptr) continue;  // deleted there, untouched here
      merged.push_back(*other);        // changed there (or not at all), untouched here
      continue;
    }
    merged.push_back(mine);  // added or changed here: ours
    if (before == nullptr && other != nullptr && !(*other == mine)) theirs_renamed.push_back(other);
  }
  for (const Routine& other : theirs) {
    if (find(ours, other.id) != nullptr) continue;  // settled above
    const Routine* before = find(base, other.id);
    if (before != nullptr) continue;   // we deleted it (a change there loses to the deletion here)
    theirs_renamed.push_back(&other);  // added there
  }
  for (const Routine* other : theirs_renamed) {
    Routine added = *other;
    if (find(merged, added.id) != nullptr) added.id = unused_id(merged, theirs);
    merged.push_back(std::move(added));
  }
  return merged;
}

}  // namespace ubr
