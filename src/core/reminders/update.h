#pragma once
// Applies reminder actions to RemindersState. Pure: the clock is an argument, and what the platform must do comes
// back as effect values. A refused action returns the state unchanged with the reason.
#include "core/base/clock.h"
#include "core/reminders/actions.h"
#include "core/reminders/state.h"

#include <string>
#include <variant>
#include <vector>

namespace ubr {

// Show a reminder: a notification through the service worker when allowed, otherwise the in-app banner.
struct ShowReminder {
  ReminderKind kind = ReminderKind::DeskBreak;
  std::string title;
  std::string body;
  std::string routine_id;  // what "Start" opens: the micro-break, or the daily reminder's routine
  bool operator==(const ShowReminder&) const = default;
};
// Settings, counts or the schedule changed: store the document (json.h, reminders_document_to_json).
struct SaveReminders {
  bool operator==(const SaveReminders&) const = default;
};
// Ask the browser for permission to show notifications (answers AllowNotifications, a press of the user's).
struct AskNotificationPermission {
  bool operator==(const AskNotificationPermission&) const = default;
};
using ReminderEffect = std::variant<ShowReminder, SaveReminders, AskNotificationPermission>;

struct RemindersResult {
  RemindersState state;
  std::string error;  // why the action was refused; empty when applied
  std::vector<ReminderEffect> effects;
  bool ok() const { return error.empty(); }
};

RemindersResult update_reminders(const RemindersState& state, const ReminderAction& action, const WallClock& clock);

// Why these settings cannot be used (e.g. "desk breaks: every 10 minutes; choose 20 to 120"), or an empty string.
std::string validate_desk_breaks(const DeskBreakSettings& settings);
std::string validate_daily_reminder(const DailyReminderSettings& settings);

// Records a reminder of `kind` shown at `clock`: counts it, puts it on screen and counts desk breaks from it.
// The scheduler's tick and ReminderShown share it.
void record_reminder_shown(RemindersState& state, ReminderKind kind, const WallClock& clock);

// Starts the counts again when the clock reading is on a later local day or week than the counts.
void roll_reminder_counts(ReminderCounts& counts, const WallClock& clock);

}  // namespace ubr
