#include "core/session/routine_merge.h"

#include <algorithm>
#include <cstdlib>
#include <string>

namespace ubr {
namespace {

bool same_routine(const Routine& a, const Routine& b) {
  return a.origin != 0 || b.origin != 0 ? a.origin == b.origin : a.id == b.id;
}

const Routine* find(const std::vector<Routine>& routines, const Routine& like) {
  const auto found =
      std::find_if(routines.begin(), routines.end(), [&](const Routine& r) { return same_routine(r, like); });
  return found == routines.end() ? nullptr : &*found;
}

bool contains(const std::vector<std::uint64_t>& origins, std::uint64_t origin) {
  return origin != 0 && std::find(origins.begin(), origins.end(), origin) != origins.end();
}

bool id_taken(const std::vector<Routine>& routines, const std::string& id) {
  return std::any_of(routines.begin(), routines.end(), [&](const Routine& r) { return r.id == id; });
}

// The number in "custom-<n>", for ordering (0 for any other id).
long id_number(const std::string& id) {
  return id.rfind("custom-", 0) == 0 ? std::strtol(id.c_str() + 7, nullptr, 10) : 0;
}

}  // namespace

RoutineList merge_routines(const RoutineList& base, const RoutineList& ours, const RoutineList& theirs) {
  RoutineList merged;
  for (const Routine& mine : ours.routines) {
    const Routine* before = find(base.routines, mine);
    const bool untouched_here = before != nullptr && *before == mine;
    if (const Routine* other = find(theirs.routines, mine)) {
      merged.routines.push_back(untouched_here ? *other : mine);
      continue;
    }
    // Not in storage: deleted there (or, without an origin, gone from a list we had read), or never seen there.
    const bool deleted_there = contains(theirs.deleted, mine.origin) || (mine.origin == 0 && before != nullptr);
    if (deleted_there && untouched_here) continue;
    merged.routines.push_back(mine);
  }
  std::vector<Routine> theirs_only;
  for (const Routine& other : theirs.routines) {
    if (find(ours.routines, other) != nullptr) continue;                       // settled above
    if (contains(ours.deleted, other.origin)) continue;                        // deleted here
    if (other.origin == 0 && find(base.routines, other) != nullptr) continue;  // deleted here, before origins
    theirs_only.push_back(other);
  }
  for (Routine other : theirs_only) {
    if (id_taken(merged.routines, other.id)) {
      RoutineBook taken;
      taken.custom = merged.routines;
      taken.custom.insert(taken.custom.end(), theirs.routines.begin(), theirs.routines.end());
      other.id = next_custom_routine_id(taken);
    }
    merged.routines.push_back(std::move(other));
  }
  std::sort(merged.routines.begin(), merged.routines.end(),  // ids are unique by now
            [](const Routine& a, const Routine& b) { return id_number(a.id) < id_number(b.id); });
  // In origin order (which is time order), keeping the latest: both tabs then write the same list.
  merged.deleted = ours.deleted;
  for (const std::uint64_t origin : theirs.deleted) {
    if (!contains(merged.deleted, origin)) merged.deleted.push_back(origin);
  }
  std::sort(merged.deleted.begin(), merged.deleted.end());
  if (merged.deleted.size() > kMaxDeletedRoutines) {
    merged.deleted.erase(merged.deleted.begin(),
                         merged.deleted.end() - static_cast<std::ptrdiff_t>(kMaxDeletedRoutines));
  }
  return merged;
}

}  // namespace ubr
