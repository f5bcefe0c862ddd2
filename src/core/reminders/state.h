#pragma once
// Desk-break and daily reminders: what the user chose (settings) and where the schedule stands (runtime, counts).
// Times are UTC milliseconds; local hours, days and weeks always come from the latest clock reading, so a change of
// the UTC offset (daylight saving, travel) moves the local rules with it. Both kinds are off until turned on.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ubr {

enum class ReminderKind : std::uint8_t { DeskBreak, Daily };
const char* reminder_kind_name(ReminderKind kind);  // "deskBreak" | "daily"

// Each limit once, next to its type; the validation messages and the JSON reader are built from them.
constexpr int kMinDeskIntervalMinutes = 20;
constexpr int kMaxDeskIntervalMinutes = 120;
constexpr int kDefaultDeskIntervalMinutes = 45;
constexpr int kHoursPerDay = 24;
constexpr int kMinutesPerDay = 24 * 60;
constexpr std::uint8_t kAllWeekdays = 0x7F;   // bit 0 = Monday ... bit 6 = Sunday (dates.h's weekday())
constexpr std::uint8_t kWorkWeekdays = 0x1F;  // Monday to Friday
constexpr std::size_t kMaxReminderRoutineIdBytes = 64;
constexpr std::int64_t kSnoozeMs = 10LL * 60 * 1000;
// The least time between any two reminders, of whichever kinds: a daily reminder falling just after a desk break
// waits this long, so the two never arrive as a pair.
constexpr std::int64_t kMinReminderGapMs = 15LL * 60 * 1000;
// While a session runs, a due reminder waits; the scheduler looks again after this long.
constexpr std::int64_t kDeferRetryMs = 60LL * 1000;

struct DeskBreakSettings {
  bool enabled = false;
  int interval_minutes = kDefaultDeskIntervalMinutes;  // kMinDeskIntervalMinutes..kMaxDeskIntervalMinutes
  int start_hour = 9;                                  // local, 0..23: the first hour a reminder may come
  int end_hour = 17;                                   // local, 1..24, after start_hour: none from this hour on
  std::uint8_t weekdays = kWorkWeekdays;               // bit 0 = Monday
  bool operator==(const DeskBreakSettings&) const = default;
};

struct DailyReminderSettings {
  bool enabled = false;
  int minute_of_day = 18 * 60;       // local time, 0..kMinutesPerDay-1
  std::string routine_id = "short";  // "full", "short" or a custom routine's id
  bool operator==(const DailyReminderSettings&) const = default;
};

struct ReminderSettings {
  DeskBreakSettings desk;
  DailyReminderSettings daily;
  bool operator==(const ReminderSettings&) const = default;
};

// One earlier day's reminders shown and breaks taken, for the progress screen's last days.
struct DayTally {
  std::int64_t day = 0;  // local day number (dates.h)
  int shown = 0;
  int breaks = 0;
  bool operator==(const DayTally&) const = default;
};
// Earlier days are kept this long: enough for the last seven days and the whole of last week.
constexpr std::int64_t kRecentReminderDays = 13;

// Reminders shown and breaks taken, for today and this week (weeks start on Monday). The day and week they belong
// to are kept with them, so the first reading of a new day starts the count again; a clock going back keeps them.
struct ReminderCounts {
  std::int64_t day = 0;   // local day number (dates.h)
  std::int64_t week = 0;  // week_number(day)
  int shown_today = 0;
  int breaks_today = 0;
  int shown_week = 0;
  int breaks_week = 0;
  // Earlier days with a reminder or a break, oldest first, none older than kRecentReminderDays before `day`.
  std::vector<DayTally> recent;
  bool operator==(const ReminderCounts&) const = default;
};

// The reminder on screen (banner or notification) until the user answers it.
struct ActiveReminder {
  ReminderKind kind = ReminderKind::DeskBreak;
  std::int64_t shown_utc_ms = 0;
  bool operator==(const ActiveReminder&) const = default;
};

struct ReminderRuntime {
  // Desk breaks are counted from here: the last desk reminder, break or skip, or when desk breaks were turned on.
  std::optional<std::int64_t> desk_anchor_utc_ms;
  std::optional<std::int64_t> last_shown_utc_ms;  // the last reminder of either kind
  std::optional<ActiveReminder> active;
  std::optional<std::int64_t> snoozed_until_utc_ms;
  ReminderKind snoozed_kind = ReminderKind::DeskBreak;
  std::optional<std::int64_t> daily_done_day;  // the local day whose daily reminder was shown (or is not wanted)
  std::optional<std::int64_t> paused_day;      // "pause for today": the local day with no reminders
  bool operator==(const ReminderRuntime&) const = default;
};

struct RemindersState {
  ReminderSettings settings;
  ReminderRuntime runtime;
  ReminderCounts counts;
  // The reminders are offered once, after the first completed session (never a permission prompt on a first
  // visit); stored, so the offer is not repeated once answered either way.
  bool offered = false;
  // Derived by every tick and action, never stored: the next time a reminder may come (UTC ms), none when both
  // kinds are off. Always later than the clock reading it was worked out at.
  std::optional<std::int64_t> next_due_utc_ms;
  // Derived like next_due_utc_ms: the UTC offset of the latest reading, so the screen tells that time in local time.
  int utc_offset_minutes = 0;
  std::string load_error;       // why the stored document could not be read; defaults are used meanwhile
  std::string unreadable_text;  // that document's text, kept so nothing the user chose is lost
  bool operator==(const RemindersState&) const = default;
};

// True when the offer to turn reminders on should be shown: a session has been completed, the offer was not
// answered yet, and neither reminder is on already.
inline bool should_offer_reminders(const RemindersState& state, int completed_sessions) {
  return completed_sessions > 0 && !state.offered && !state.settings.desk.enabled && !state.settings.daily.enabled;
}

}  // namespace ubr
