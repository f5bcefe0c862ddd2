#include "core/progress/merge.h"

#include "core/progress/document.h"
#include "core/progress/record_json.h"

#include <map>

namespace ubr {
namespace {
std::string canonical(const SessionRecord& session) {
  return record_to_json(session).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Which of two records with the same id to keep: a pure function of the two, so merging is commutative.
const SessionRecord& preferred(const SessionRecord& a, const SessionRecord& b) {
  if (a.revision != b.revision) return a.revision > b.revision ? a : b;
  return canonical(a) >= canonical(b) ? a : b;
}

ProgressDoc union_of(const ProgressDoc& a, const ProgressDoc& b, int epoch, WeeklyGoal goal) {
  std::map<std::string, const SessionRecord*> by_id;
  for (const ProgressDoc* doc : {&a, &b}) {
    for (const SessionRecord& session : doc->sessions) {
      auto [it, inserted] = by_id.emplace(session.id, &session);
      if (!inserted) it->second = &preferred(*it->second, session);
    }
  }
  ProgressDoc merged;
  merged.epoch = epoch;
  merged.goal = goal;
  merged.sessions.reserve(by_id.size());
  for (const auto& [id, session] : by_id) merged.sessions.push_back(*session);
  sort_sessions(merged.sessions);
  return merged;
}

WeeklyGoal preferred_goal(const WeeklyGoal& a, const WeeklyGoal& b) {
  if (a.revision != b.revision) return a.revision > b.revision ? a : b;
  return a.sessions_per_week >= b.sessions_per_week ? a : b;
}
}  // namespace

ProgressDoc merge_progress(const ProgressDoc& a, const ProgressDoc& b) {
  if (a.epoch != b.epoch) {
    ProgressDoc winner = a.epoch > b.epoch ? a : b;
    sort_sessions(winner.sessions);
    return winner;
  }
  return union_of(a, b, a.epoch, preferred_goal(a.goal, b.goal));
}

ProgressDoc merge_backup(const ProgressDoc& current, const ProgressDoc& backup) {
  return union_of(current, backup, current.epoch, current.goal);
}

StoredMerge merge_with_stored(const ProgressDoc& ours, const std::optional<std::string>& stored_text) {
  StoredMerge result;
  if (!stored_text) {
    result.doc = ours;
    return result;
  }
  // Stored data came from this app (perhaps another tab, perhaps a newer version), so only the generous fixed
  // bound applies to its dates: a clock set back must not make it unreadable.
  ProgressParse stored = parse_progress(*stored_text, "stored progress");
  if (!stored.doc) {
    result.error = stored.error;
    result.newer_schema = stored.newer_schema;
    return result;
  }
  result.doc = merge_progress(ours, *stored.doc);
  result.stored_matches = !stored.migrated && *result.doc == *stored.doc;
  return result;
}

}  // namespace ubr
