#pragma once
// Everything that changes the reminders, as one alternative of the root action (ReminderAction). update.h applies
// them; json.h reads the ones the page may send. The scheduler's step (schedule.h) is not an action: it runs with
// the frame, like the session engine's time step.
#include "core/reminders/state.h"

#include <optional>
#include <string>
#include <variant>

namespace ubr {

// Turn desk breaks on or off and choose their interval, hours and weekdays (all at once, as the screen shows them).
struct SetDeskBreaks {
  DeskBreakSettings settings;
};
struct SetDailyReminder {
  DailyReminderSettings settings;
};
// Answers to the reminder on screen.
struct SnoozeReminder {};  // show it again in kSnoozeMs
struct SkipReminder {};    // not now: the next one comes a full interval after this one
struct PauseRemindersForToday {};
// A reminder of this kind was shown now. The scheduler records its own reminders this way; the platform sends it
// for one shown by another path (a notification shown by another tab), so every tab counts the same.
struct ReminderShown {
  ReminderKind kind = ReminderKind::DeskBreak;
};
// The micro-break (or the daily routine) was started / finished: desk breaks count again from here.
struct BreakStarted {};
struct BreakCompleted {};
// The offer to turn reminders on was answered (either way): it is not made again.
struct ReminderOfferAnswered {};
// The user asked for reminders as system notifications: the platform asks the browser for permission.
struct AllowNotifications {};
// Platform only, at start-up: the stored document (or none).
struct RestoreReminders {
  std::optional<std::string> stored;
};

using ReminderAction =
    std::variant<SetDeskBreaks, SetDailyReminder, SnoozeReminder, SkipReminder, PauseRemindersForToday, ReminderShown,
                 BreakStarted, BreakCompleted, ReminderOfferAnswered, AllowNotifications, RestoreReminders>;

}  // namespace ubr
