#include "core/reminders/update.h"

#include "core/base/dates.h"
#include "core/reminders/json.h"
#include "core/reminders/schedule.h"

namespace ubr {
namespace {

std::int64_t today(const WallClock& clock) {
  return local_day(clock.utc_ms, clock.utc_offset_minutes);
}

struct RemindersReducer {
  const RemindersState& before;
  const WallClock& clock;

  RemindersResult refused(std::string why) const { return {before, std::move(why), {}}; }
  // Applied: the schedule is worked out again from the changed state, and the document is stored.
  RemindersResult applied(RemindersState state) const {
    state.next_due_utc_ms = next_reminder_due(state, clock);
    return {std::move(state), {}, {SaveReminders{}}};
  }
  // A break started or finished answers the reminder on screen (or snoozed), and desk breaks count from now.
  RemindersState break_from_now() const {
    RemindersState state = current();
    state.runtime.active.reset();
    state.runtime.snoozed_until_utc_ms.reset();
    state.runtime.desk_anchor_utc_ms = clock.utc_ms;
    return state;
  }
  RemindersState current() const {
    RemindersState state = before;
    roll_reminder_counts(state.counts, clock);
    state.utc_offset_minutes = clock.utc_offset_minutes;
    return state;
  }

  RemindersResult operator()(const SetDeskBreaks& action) const {
    if (std::string why = validate_desk_breaks(action.settings); !why.empty()) return refused(std::move(why));
    RemindersState state = current();
    // Turning desk breaks on starts the interval now, not at some earlier break.
    if (action.settings.enabled && !state.settings.desk.enabled) state.runtime.desk_anchor_utc_ms = clock.utc_ms;
    if (!action.settings.enabled) clear_kind(state, ReminderKind::DeskBreak);
    state.settings.desk = action.settings;
    return applied(std::move(state));
  }
  RemindersResult operator()(const SetDailyReminder& action) const {
    if (std::string why = validate_daily_reminder(action.settings); !why.empty()) return refused(std::move(why));
    RemindersState state = current();
    // A time already past today starts tomorrow: choosing 08:00 at noon must not remind at once.
    const std::int64_t minute_now =
        (clock.utc_ms + clock.utc_offset_minutes * 60000LL) / 60000 - today(clock) * kMinutesPerDay;
    if (minute_now >= action.settings.minute_of_day) {
      state.runtime.daily_done_day = today(clock);
    } else {
      state.runtime.daily_done_day = today(clock) - 1;
    }
    if (!action.settings.enabled) clear_kind(state, ReminderKind::Daily);
    state.settings.daily = action.settings;
    return applied(std::move(state));
  }
  RemindersResult operator()(const SnoozeReminder&) const {
    if (!before.runtime.active) return refused("there is no reminder to snooze");
    RemindersState state = current();
    state.runtime.snoozed_until_utc_ms = clock.utc_ms + kSnoozeMs;
    state.runtime.snoozed_kind = state.runtime.active->kind;
    state.runtime.active.reset();
    return applied(std::move(state));
  }
  RemindersResult operator()(const SkipReminder&) const {
    if (!before.runtime.active) return refused("there is no reminder to skip");
    RemindersState state = current();
    // The next desk break counts from the one skipped (already the anchor): skipping is not a reason to nag sooner.
    state.runtime.active.reset();
    return applied(std::move(state));
  }
  RemindersResult operator()(const PauseRemindersForToday&) const {
    if (!before.settings.desk.enabled && !before.settings.daily.enabled) return refused("no reminders are on");
    RemindersState state = current();
    state.runtime.paused_day = today(clock);
    state.runtime.active.reset();
    state.runtime.snoozed_until_utc_ms.reset();
    return applied(std::move(state));
  }
  RemindersResult operator()(const ReminderShown& action) const {
    RemindersState state = current();
    record_reminder_shown(state, action.kind, clock);
    return applied(std::move(state));
  }
  RemindersResult operator()(const BreakStarted&) const { return applied(break_from_now()); }
  RemindersResult operator()(const BreakCompleted&) const {
    RemindersState state = break_from_now();
    ++state.counts.breaks_today;
    ++state.counts.breaks_week;
    return applied(std::move(state));
  }
  RemindersResult operator()(const ReminderOfferAnswered&) const {
    RemindersState state = current();
    state.offered = true;
    return applied(std::move(state));
  }
  RemindersResult operator()(const AllowNotifications&) const { return {before, {}, {AskNotificationPermission{}}}; }
  RemindersResult operator()(const RestoreReminders& action) const {
    RemindersState state;
    if (action.stored) {
      RemindersDocumentParse parsed = parse_reminders_document(*action.stored);
      if (parsed.error.empty()) {
        state.settings = parsed.settings;
        state.runtime = parsed.runtime;
        state.counts = parsed.counts;
        state.offered = parsed.offered;
      } else {
        // The defaults (both reminders off) are used meanwhile; the text is kept for the user and for the platform
        // to copy aside before anything is written over it.
        state.load_error = parsed.error;
        state.unreadable_text = *action.stored;
      }
    }
    roll_reminder_counts(state.counts, clock);
    state.utc_offset_minutes = clock.utc_offset_minutes;
    state.next_due_utc_ms = next_reminder_due(state, clock);
    return {std::move(state), {}, {}};  // nothing changed that needs storing
  }

  static void clear_kind(RemindersState& state, ReminderKind kind) {
    if (state.runtime.active && state.runtime.active->kind == kind) state.runtime.active.reset();
    if (state.runtime.snoozed_until_utc_ms && state.runtime.snoozed_kind == kind) {
      state.runtime.snoozed_until_utc_ms.reset();
    }
  }
};

}  // namespace

std::string validate_desk_breaks(const DeskBreakSettings& settings) {
  if (settings.interval_minutes < kMinDeskIntervalMinutes || settings.interval_minutes > kMaxDeskIntervalMinutes) {
    return "desk breaks: every " + std::to_string(settings.interval_minutes) + " minutes; choose " +
           std::to_string(kMinDeskIntervalMinutes) + " to " + std::to_string(kMaxDeskIntervalMinutes);
  }
  if (settings.start_hour < 0 || settings.start_hour >= kHoursPerDay || settings.end_hour <= settings.start_hour ||
      settings.end_hour > kHoursPerDay) {
    return "desk breaks: from " + std::to_string(settings.start_hour) + ":00 to " + std::to_string(settings.end_hour) +
           ":00; the hours must run forward within one day (0 to " + std::to_string(kHoursPerDay) + ")";
  }
  if ((settings.weekdays & ~kAllWeekdays) != 0) return "desk breaks: weekdays hold an unknown day";
  if (settings.enabled && settings.weekdays == 0) return "desk breaks: choose at least one weekday";
  return {};
}

std::string validate_daily_reminder(const DailyReminderSettings& settings) {
  if (settings.minute_of_day < 0 || settings.minute_of_day >= kMinutesPerDay) {
    return "daily reminder: the time must be from 00:00 to 23:59";
  }
  if (settings.routine_id.empty()) return "daily reminder: choose a routine";
  if (settings.routine_id.size() > kMaxReminderRoutineIdBytes) {
    return "daily reminder: the routine id is longer than " + std::to_string(kMaxReminderRoutineIdBytes) + " bytes";
  }
  return {};
}

void record_reminder_shown(RemindersState& state, ReminderKind kind, const WallClock& clock) {
  roll_reminder_counts(state.counts, clock);
  ++state.counts.shown_today;
  ++state.counts.shown_week;
  ReminderRuntime& runtime = state.runtime;
  runtime.active = ActiveReminder{kind, clock.utc_ms};
  runtime.last_shown_utc_ms = clock.utc_ms;
  // A daily reminder is a break prompt too: the desk interval starts again from either.
  runtime.desk_anchor_utc_ms = clock.utc_ms;
  if (runtime.snoozed_until_utc_ms && runtime.snoozed_kind == kind) runtime.snoozed_until_utc_ms.reset();
  if (kind == ReminderKind::Daily) runtime.daily_done_day = today(clock);
}

void roll_reminder_counts(ReminderCounts& counts, const WallClock& clock) {
  const std::int64_t day = today(clock);
  if (day <= counts.day) return;  // the same day, or the clock went back: the counts stay
  if (counts.shown_today > 0 || counts.breaks_today > 0) {
    counts.recent.push_back({counts.day, counts.shown_today, counts.breaks_today});
  }
  std::erase_if(counts.recent, [day](const DayTally& tally) { return tally.day < day - kRecentReminderDays; });
  const std::int64_t week = week_number(day);
  if (week != counts.week) {
    counts.shown_week = 0;
    counts.breaks_week = 0;
  }
  counts.day = day;
  counts.week = week;
  counts.shown_today = 0;
  counts.breaks_today = 0;
}

RemindersResult update_reminders(const RemindersState& state, const ReminderAction& action, const WallClock& clock) {
  return std::visit(RemindersReducer{state, clock}, action);
}

}  // namespace ubr
