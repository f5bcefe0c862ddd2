#pragma once
// The progress model: every recorded session plus the weekly goal. This is what is stored in localStorage and
// what a backup file holds (document.h holds its versioned JSON form).
#include "core/session/record.h"

#include <cstdint>
#include <vector>

namespace ubr {

constexpr int kDefaultWeeklyGoal = 3;
constexpr int kMinWeeklyGoal = 1;
constexpr int kMaxWeeklyGoal = 14;

struct WeeklyGoal {
  int sessions_per_week = kDefaultWeeklyGoal;
  int revision = 0;  // bumped by each change, so merging two tabs keeps the latest choice

  bool operator==(const WeeklyGoal&) const = default;
};

struct ProgressDoc {
  // Bumped by "reset all" and by a replacing import. Two documents with different epochs are not merged: the higher
  // epoch is a deliberate later replacement, and merging would bring deleted sessions back.
  int epoch = 0;
  WeeklyGoal goal;
  std::vector<SessionRecord> sessions;  // oldest first (by start time, then id); ids are unique

  bool operator==(const ProgressDoc&) const = default;
};

// Sorts sessions into the document's canonical order (oldest first, ties by id).
void sort_sessions(std::vector<SessionRecord>& sessions);
// The session with this id, or nullptr.
const SessionRecord* find_session(const ProgressDoc& doc, std::string_view id);

}  // namespace ubr
