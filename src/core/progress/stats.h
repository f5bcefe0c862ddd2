#pragma once
// Statistics shown on the progress screen, computed from the document and today's local date.
// Days are the sessions' own local dates (written by the platform at the start), so a session at 23:30 in Berlin
// counts for that Berlin day even though it is already the next day in UTC.
#include "core/progress/doc.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ubr {

struct ExerciseTotal {
  std::string exercise_id;
  int sessions = 0;  // sessions that included it
  int reps_done = 0;
  int sets_done = 0;
  double active_seconds = 0;
};

struct PainPoint {
  std::int64_t day = 0;  // local day number
  std::string session_id;
  int before = 0;
  int after = 0;
};

struct ProgressStats {
  int total_sessions = 0;
  int completed_sessions = 0;
  int sessions_this_week = 0;  // in the Monday-to-Sunday week that holds today
  int weekly_goal = kDefaultWeeklyGoal;
  // Consecutive days with a session, ending today, or yesterday when today has none yet.
  int day_streak = 0;
  // Consecutive weeks that met the goal, ending this week once it meets the goal, or last week until then: rest
  // days never break it, only a week that falls short.
  int week_streak = 0;
  std::vector<std::int64_t> active_days;       // sorted, unique local day numbers
  std::vector<ExerciseTotal> exercise_totals;  // most repetitions first
  std::vector<PainPoint> pain;                 // sessions with both ratings, oldest first
  // The most recent session with both ratings, when pain after it was higher than before: the screens advise
  // stopping the exercise that hurt and seeing a professional if it persists.
  std::string pain_rose_session_id;
};

ProgressStats compute_stats(const ProgressDoc& doc, std::int64_t today);

// The local day a session counts for: its recorded local date, or its UTC start shifted by its offset.
std::int64_t session_day(const SessionRecord& session);

bool pain_rose(const SessionRecord& session);

}  // namespace ubr
