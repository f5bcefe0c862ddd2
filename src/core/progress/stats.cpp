#include "core/progress/stats.h"

#include "core/base/dates.h"

#include <algorithm>
#include <map>
#include <set>

namespace ubr {

std::int64_t session_day(const SessionRecord& session) {
  if (const auto day = parse_local_date(session.local_date)) return *day;
  return local_day(session.started_utc_ms, session.utc_offset_minutes);
}

bool pain_rose(const SessionRecord& session) {
  return session.pain_before && session.pain_after && *session.pain_after > *session.pain_before;
}

namespace {
int day_streak(const std::set<std::int64_t>& days, std::int64_t today) {
  std::int64_t day = days.count(today) ? today : today - 1;
  int streak = 0;
  while (days.count(day)) {
    ++streak;
    --day;
  }
  return streak;
}

int week_streak(const std::map<std::int64_t, int>& per_week, std::int64_t this_week, int goal) {
  auto met = [&](std::int64_t week) {
    auto found = per_week.find(week);
    return found != per_week.end() && found->second >= goal;
  };
  std::int64_t week = met(this_week) ? this_week : this_week - 1;
  int streak = 0;
  while (met(week)) {
    ++streak;
    --week;
  }
  return streak;
}

std::vector<ExerciseTotal> exercise_totals(const ProgressDoc& doc) {
  std::map<std::string, ExerciseTotal> totals;
  for (const SessionRecord& session : doc.sessions) {
    std::set<std::string> counted;
    for (const ExerciseTally& tally : session.exercises) {
      ExerciseTotal& total = totals[tally.exercise_id];
      total.exercise_id = tally.exercise_id;
      if (counted.insert(tally.exercise_id).second) ++total.sessions;
      total.reps_done += tally.reps_done;
      total.sets_done += tally.sets_done;
      total.active_seconds += tally.active_seconds;
    }
  }
  std::vector<ExerciseTotal> result;
  for (auto& [id, total] : totals) result.push_back(std::move(total));
  std::stable_sort(result.begin(), result.end(),
                   [](const ExerciseTotal& a, const ExerciseTotal& b) { return a.reps_done > b.reps_done; });
  return result;
}
}  // namespace

ProgressStats compute_stats(const ProgressDoc& doc, std::int64_t today) {
  ProgressStats stats;
  stats.weekly_goal = doc.goal.sessions_per_week;
  stats.total_sessions = static_cast<int>(doc.sessions.size());
  std::set<std::int64_t> days;
  std::map<std::int64_t, int> per_week;
  const SessionRecord* latest_rated = nullptr;
  for (const SessionRecord& session : doc.sessions) {
    const std::int64_t day = session_day(session);
    days.insert(day);
    ++per_week[week_number(day)];
    if (session.completed) ++stats.completed_sessions;
    if (session.pain_before && session.pain_after) {
      stats.pain.push_back({day, session.id, *session.pain_before, *session.pain_after});
      latest_rated = &session;  // sessions are oldest first
    }
  }
  stats.active_days.assign(days.begin(), days.end());
  const auto this_week = per_week.find(week_number(today));
  stats.sessions_this_week = this_week == per_week.end() ? 0 : this_week->second;
  stats.day_streak = day_streak(days, today);
  stats.week_streak = week_streak(per_week, week_number(today), stats.weekly_goal);
  stats.exercise_totals = exercise_totals(doc);
  if (latest_rated != nullptr && pain_rose(*latest_rated)) stats.pain_rose_session_id = latest_rated->id;
  return stats;
}

}  // namespace ubr
