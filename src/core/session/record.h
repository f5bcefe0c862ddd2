#pragma once
// What one guided session achieved: the session engine produces it, progress tracking stores it.
// Times are passed in by the platform (the core never reads a clock): UTC milliseconds plus the local calendar date
// and UTC offset at the start, so statistics by day stay right across time zones.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ubr {

struct ExerciseTally {
  std::string exercise_id;
  int reps_planned = 0;  // repetitions (or holds) planned in total: reps × sets × sides
  int reps_done = 0;
  int sets_planned = 0;
  int sets_done = 0;
  double active_seconds = 0;  // time spent on this exercise, pauses excluded

  bool operator==(const ExerciseTally&) const = default;
};

// A tally's counts as JSON names, the same wherever a tally is an object: state().session.tallies, the readable
// session record (progress/record_json.h) and the totals progress adds up from them.
inline constexpr const char* kRepsPlannedKey = "repsPlanned";
inline constexpr const char* kRepsDoneKey = "repsDone";
inline constexpr const char* kSetsPlannedKey = "setsPlanned";
inline constexpr const char* kSetsDoneKey = "setsDone";
inline constexpr const char* kActiveSecondsKey = "activeSeconds";

// Pain is rated on the usual 0 (none) to 10 (worst imaginable) scale, before and after a session.
constexpr int kMaxPain = 10;

struct SessionRecord {
  std::string id;  // unique, e.g. "s-<start ms>-<random>"
  std::int64_t started_utc_ms = 0;
  std::int64_t ended_utc_ms = 0;
  std::string local_date;      // "YYYY-MM-DD" in the user's time zone at the start
  int utc_offset_minutes = 0;  // local time minus UTC at the start
  std::string routine_name;
  bool completed = false;  // false when ended early
  bool is_break = false;   // a desk break (the reminders' micro-break) rather than a session of its own
  std::vector<ExerciseTally> exercises;
  std::optional<int> pain_before;  // 0..kMaxPain
  std::optional<int> pain_after;   // 0..kMaxPain
  std::string note;
  int revision = 0;  // bumped by each annotation (pain, note), so merging two tabs keeps the latest edit

  bool operator==(const SessionRecord&) const = default;
};

}  // namespace ubr
