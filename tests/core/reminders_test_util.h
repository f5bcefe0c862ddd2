#pragma once
// Helpers for the reminder tests: clock readings at a local date and time, and applying actions and ticks.
#include "core/base/clock.h"
#include "core/base/dates.h"
#include "core/reminders/schedule.h"
#include "core/reminders/update.h"

#include <catch2/catch.hpp>

#include <optional>

namespace ubr::reminders_test {

constexpr std::int64_t kMinute = 60LL * 1000;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;

// 2026-12-07 is a Monday.
inline WallClock at(int year, int month, int day, int hour, int minute, int offset_minutes = 0) {
  const std::int64_t local_minutes = day_number({year, month, day}) * 24 * 60 + hour * 60 + minute;
  return {(local_minutes - offset_minutes) * kMinute, offset_minutes};
}
inline WallClock later(const WallClock& clock, std::int64_t ms) {
  return {clock.utc_ms + ms, clock.utc_offset_minutes};
}

inline RemindersState apply(const RemindersState& state, const ReminderAction& action, const WallClock& clock) {
  RemindersResult result = update_reminders(state, action, clock);
  INFO(result.error);
  REQUIRE(result.ok());
  return result.state;
}

// The reminder a tick showed, if any.
inline std::optional<ShowReminder> shown(const ReminderTick& tick) {
  std::optional<ShowReminder> found;
  for (const ReminderEffect& effect : tick.effects) {
    if (const auto* show = std::get_if<ShowReminder>(&effect)) found = *show;
  }
  return found;
}

inline DeskBreakSettings desk(int every, int from, int to, std::uint8_t days = kWorkWeekdays) {
  DeskBreakSettings settings;
  settings.enabled = true;
  settings.interval_minutes = every;
  settings.start_hour = from;
  settings.end_hour = to;
  settings.weekdays = days;
  return settings;
}

inline DailyReminderSettings daily(int hour, int minute, std::string routine = "short") {
  return {true, hour * 60 + minute, std::move(routine)};
}

// Ticks once a minute from `from` for `span`, as a leader tab with no session; the readings that showed a reminder.
struct Shown {
  WallClock clock;
  ShowReminder reminder;
};
inline std::vector<Shown> run(RemindersState& state, WallClock from, std::int64_t span, bool session = false,
                              bool leader = true) {
  std::vector<Shown> result;
  for (std::int64_t t = 0; t <= span; t += kMinute) {
    const WallClock clock = later(from, t);
    ReminderTick tick = tick_reminders(state, clock, session, leader);
    state = std::move(tick.state);
    if (auto reminder = shown(tick)) result.push_back({clock, *reminder});
  }
  return result;
}

}  // namespace ubr::reminders_test
