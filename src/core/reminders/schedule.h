#pragma once
// The reminder scheduler: one pure step, run by the platform with the frame (or a timer) and the current clock.
//
// Rules, each kept by this step rather than by its callers:
// - at most one reminder per step, and after one is shown the next desk break is a full interval later, so a
//   laptop waking from sleep or a frozen tab coming back gets one reminder, never the ones it missed;
// - desk breaks only within the chosen local hours on the chosen weekdays, judged with the UTC offset of the
//   current reading (daylight saving and travel move the hours with the user); the first one of a day's hours comes
//   an interval after they begin;
// - a daily reminder at most once per local day, late (after a sleep) rather than never, but never twice;
// - any two reminders at least kMinReminderGapMs apart;
// - never during a running session: the reminder waits and comes once the session is over;
// - only the leader tab shows reminders; the others follow the schedule silently, so when leadership moves the new
//   leader does not repeat what the old one showed;
// - a clock that goes back is believed: times recorded "in the future" are brought back to now;
// - the next due time is always later than the reading.
#include "core/base/clock.h"
#include "core/reminders/state.h"
#include "core/reminders/update.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace ubr {

struct ReminderTick {
  RemindersState state;
  std::vector<ReminderEffect> effects;  // a ShowReminder (at most one) and a SaveReminders with it
};

ReminderTick tick_reminders(const RemindersState& state, const WallClock& clock, bool session_running,
                            bool is_leader_tab);

// What a reminder of `kind` says, and what its "Start" opens: the notification and the in-app banner use the same.
ShowReminder reminder_for(const RemindersState& state, ReminderKind kind);

// True when the reading falls within the desk-break hours on a chosen weekday (enabled or not).
bool within_desk_hours(const DeskBreakSettings& settings, const WallClock& clock);

// When each kind is next due, from the state as it is (none when off). A due time at or before the reading means
// "now"; tick_reminders and update_reminders store the earliest future one in next_due_utc_ms.
std::optional<std::int64_t> next_desk_break_due(const RemindersState& state, const WallClock& clock);
std::optional<std::int64_t> next_daily_reminder_due(const RemindersState& state, const WallClock& clock);

// The next time a reminder may come, strictly after the reading unless one is due now; what state() reports.
std::optional<std::int64_t> next_reminder_due(const RemindersState& state, const WallClock& clock);

}  // namespace ubr
