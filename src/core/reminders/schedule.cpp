#include "core/reminders/schedule.h"

#include "core/base/dates.h"
#include "core/reminders/micro_break.h"

#include <algorithm>

namespace ubr {
namespace {
constexpr std::int64_t kMinuteMs = 60LL * 1000;
constexpr std::int64_t kDayMs = 24LL * 60 * kMinuteMs;
// A week and a day: enough to reach any chosen weekday from any reading.
constexpr int kDaysToSearch = 8;

std::int64_t today(const WallClock& clock) {
  return local_day(clock.utc_ms, clock.utc_offset_minutes);
}

// The UTC instant of a local day and minute, with the reading's offset.
std::int64_t utc_of_local(std::int64_t day, std::int64_t minute, const WallClock& clock) {
  return day * kDayMs + (minute - clock.utc_offset_minutes) * kMinuteMs;
}

bool weekday_chosen(const DeskBreakSettings& desk, std::int64_t day) {
  return (desk.weekdays >> weekday(day)) & 1U;
}

struct Window {
  std::int64_t start = 0;
  std::int64_t end = 0;  // exclusive
};
Window desk_window(const DeskBreakSettings& desk, std::int64_t day, const WallClock& clock) {
  return {utc_of_local(day, desk.start_hour * 60LL, clock), utc_of_local(day, desk.end_hour * 60LL, clock)};
}

// The first desk break of a day's hours: an interval after they begin (a break at the very start of the working
// day is noise), or their start when the hours are shorter than the interval, so short hours still get one.
std::int64_t first_in_window(const DeskBreakSettings& desk, const Window& window) {
  const std::int64_t first = window.start + desk.interval_minutes * kMinuteMs;
  return first < window.end ? first : window.start;
}

// The first allowed time at or after `from`: `from` itself when it is within the hours, else the first break of
// the next day's hours on a chosen weekday.
std::optional<std::int64_t> first_allowed(const DeskBreakSettings& desk, std::int64_t from, const WallClock& clock) {
  const std::int64_t from_day = local_day(from, clock.utc_offset_minutes);
  for (int i = 0; i < kDaysToSearch; ++i) {
    const std::int64_t day = from_day + i;
    if (!weekday_chosen(desk, day)) continue;
    const Window window = desk_window(desk, day, clock);
    if (from >= window.end) continue;
    if (from >= window.start) return from;
    return first_in_window(desk, window);
  }
  return std::nullopt;
}

bool paused_today(const RemindersState& state, const WallClock& clock) {
  return state.runtime.paused_day == today(clock);
}

// What a reading says may happen now, for a reminder of `kind` that is due.
bool may_show(const RemindersState& state, ReminderKind kind, const WallClock& clock) {
  if (paused_today(state, clock)) return false;
  if (kind == ReminderKind::DeskBreak) {
    return state.settings.desk.enabled && within_desk_hours(state.settings.desk, clock);
  }
  return state.settings.daily.enabled;
}

}  // namespace

ShowReminder reminder_for(const RemindersState& state, ReminderKind kind) {
  if (kind == ReminderKind::Daily) {
    return {kind, "Time for your upper-back routine",
            "Your daily routine is ready when you are. Start it now, or snooze for 10 minutes.",
            state.settings.daily.routine_id};
  }
  return {kind, "Time for a micro-break",
          "One or two minutes for your upper back, right at your desk: no floor or wall needed.",
          std::string(kMicroBreakRoutineId)};
}

namespace {

// Brings the state in line with the reading before anything is decided: new day, clock gone back, pause over.
void observe(RemindersState& state, const WallClock& clock) {
  roll_reminder_counts(state.counts, clock);
  state.utc_offset_minutes = clock.utc_offset_minutes;
  const std::int64_t now = clock.utc_ms;
  ReminderRuntime& runtime = state.runtime;
  // A clock that went back is believed; times recorded after it would otherwise hold reminders back for as long.
  if (runtime.desk_anchor_utc_ms && *runtime.desk_anchor_utc_ms > now) runtime.desk_anchor_utc_ms = now;
  if (runtime.last_shown_utc_ms && *runtime.last_shown_utc_ms > now) runtime.last_shown_utc_ms = now;
  if (runtime.snoozed_until_utc_ms && *runtime.snoozed_until_utc_ms > now + kSnoozeMs) {
    runtime.snoozed_until_utc_ms = now + kSnoozeMs;
  }
  if (runtime.paused_day && *runtime.paused_day != today(clock)) runtime.paused_day.reset();
  // Desk breaks turned on by a stored document that has no anchor yet count from the first reading.
  if (state.settings.desk.enabled && !runtime.desk_anchor_utc_ms) runtime.desk_anchor_utc_ms = now;
}

}  // namespace

bool within_desk_hours(const DeskBreakSettings& desk, const WallClock& clock) {
  const std::int64_t day = today(clock);
  if (!weekday_chosen(desk, day)) return false;
  const Window window = desk_window(desk, day, clock);
  return clock.utc_ms >= window.start && clock.utc_ms < window.end;
}

std::optional<std::int64_t> next_desk_break_due(const RemindersState& state, const WallClock& clock) {
  const DeskBreakSettings& desk = state.settings.desk;
  if (!desk.enabled) return std::nullopt;
  const std::int64_t now = clock.utc_ms;
  const std::int64_t anchor = std::min(state.runtime.desk_anchor_utc_ms.value_or(now), now);
  std::int64_t not_before = anchor + desk.interval_minutes * kMinuteMs;
  if (paused_today(state, clock)) not_before = std::max(not_before, utc_of_local(today(clock) + 1, 0, clock));
  std::optional<std::int64_t> due = first_allowed(desk, not_before, clock);
  if (!due || *due > now) return due;
  // Missed (asleep, or the tab frozen): one break now if this is within the hours, and if the one missed belongs to
  // these hours; a break missed on an earlier day gives way to today's first.
  if (!within_desk_hours(desk, clock)) return first_allowed(desk, now, clock);
  const Window window = desk_window(desk, today(clock), clock);
  if (*due >= window.start) return now;
  return std::max(first_in_window(desk, window), now);
}

std::optional<std::int64_t> next_daily_reminder_due(const RemindersState& state, const WallClock& clock) {
  const DailyReminderSettings& daily = state.settings.daily;
  if (!daily.enabled) return std::nullopt;
  const std::int64_t now = clock.utc_ms;
  std::int64_t day = today(clock);
  if (paused_today(state, clock)) ++day;
  // Never twice for one local day, even when the clock goes back across midnight.
  if (state.runtime.daily_done_day) day = std::max(day, *state.runtime.daily_done_day + 1);
  // Missed earlier today (asleep): once, late rather than never.
  std::int64_t due = utc_of_local(day, daily.minute_of_day, clock);
  if (day == today(clock) && due < now) due = now;
  if (state.runtime.last_shown_utc_ms) due = std::max(due, *state.runtime.last_shown_utc_ms + kMinReminderGapMs);
  return due;
}

std::optional<std::int64_t> next_reminder_due(const RemindersState& state, const WallClock& clock) {
  if (state.runtime.snoozed_until_utc_ms) return state.runtime.snoozed_until_utc_ms;
  const std::optional<std::int64_t> desk = next_desk_break_due(state, clock);
  const std::optional<std::int64_t> daily = next_daily_reminder_due(state, clock);
  if (desk && daily) return std::min(*desk, *daily);
  return desk ? desk : daily;
}

ReminderTick tick_reminders(const RemindersState& state, const WallClock& clock, bool session_running,
                            bool is_leader_tab) {
  ReminderTick tick{state, {}};
  RemindersState& next = tick.state;
  observe(next, clock);
  const std::int64_t now = clock.utc_ms;

  // 1. Which reminder is due now, if any: a snoozed one first, then the daily one, then a desk break.
  std::optional<ReminderKind> due;
  if (next.runtime.snoozed_until_utc_ms) {
    if (*next.runtime.snoozed_until_utc_ms > now) {
      next.next_due_utc_ms = next.runtime.snoozed_until_utc_ms;
      return tick;
    }
    if (may_show(next, next.runtime.snoozed_kind, clock)) {
      due = next.runtime.snoozed_kind;
    } else {
      next.runtime.snoozed_until_utc_ms.reset();  // its hours are over, or the day was paused: dropped
    }
  }
  if (!due) {
    const std::optional<std::int64_t> daily = next_daily_reminder_due(next, clock);
    const std::optional<std::int64_t> desk = next_desk_break_due(next, clock);
    if (daily && *daily <= now) {
      due = ReminderKind::Daily;
    } else if (desk && *desk <= now) {
      due = ReminderKind::DeskBreak;
    }
  }

  // 2. Show it, wait for the session to end, or (another tab shows it) follow silently.
  if (due) {
    if (session_running) {
      next.next_due_utc_ms = now + kDeferRetryMs;
      return tick;
    }
    if (is_leader_tab) {
      record_reminder_shown(next, *due, clock);
      tick.effects.emplace_back(reminder_for(next, *due));
      tick.effects.emplace_back(SaveReminders{});
    } else {
      // The leader counts and shows it; this tab only moves its schedule on in step, so it never repeats it.
      const ReminderCounts counts = next.counts;
      const std::optional<ActiveReminder> active = next.runtime.active;
      record_reminder_shown(next, *due, clock);
      next.counts = counts;
      next.runtime.active = active;
    }
  }
  next.next_due_utc_ms = next_reminder_due(next, clock);
  return tick;
}

}  // namespace ubr
