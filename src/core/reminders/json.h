#pragma once
// The reminders as JSON: the stored document (versioned), the automation interface's actions, and state().
//
// Stored document, schema 1 (times in UTC ms, days as local dates, null when not set):
//   {"schema":1,"offered":true,
//    "desk":{"on":true,"every":45,"from":9,"to":17,"days":["mon","tue","wed","thu","fri"]},
//    "daily":{"on":false,"at":"18:00","routine":"short"},
//    "counts":{"day":"2026-12-03","shownToday":2,"breaksToday":1,"shownWeek":9,"breaksWeek":5,
//              "recent":[{"day":"2026-12-02","shown":4,"breaks":3}]},
//    "schedule":{"deskAnchor":1764750000000,"lastShown":1764750000000,"active":{"kind":"deskBreak","shown":...},
//                "snoozedUntil":null,"snoozedKind":"deskBreak","dailyDone":"2026-12-02","paused":null}}
//
// The "desk" and "daily" objects are also the automation interface's setDeskBreaks / setDailyReminder and the
// settings in state().reminders, so each shape is spelled once, here.
#include "core/base/json_reader.h"
#include "core/reminders/actions.h"
#include "core/reminders/state.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace ubr {

constexpr int kRemindersSchema = 1;
constexpr std::size_t kMaxRemindersDocumentBytes = 64 * 1024;  // ours is a few hundred bytes
constexpr int kMaxRemindersJsonDepth = 4;                      // ours needs 3

nlohmann::json desk_breaks_to_json(const DeskBreakSettings& settings);
nlohmann::json daily_reminder_to_json(const DailyReminderSettings& settings);
// Read and checked (validate_* in update.h); problems are recorded in the reader with their path.
DeskBreakSettings read_desk_breaks(JsonReader& reader, const nlohmann::json& json, std::string_view path);
DailyReminderSettings read_daily_reminder(JsonReader& reader, const nlohmann::json& json, std::string_view path);

// "18:05" <-> 1085; nothing for anything but HH:MM from 00:00 to 23:59.
std::string format_minute_of_day(int minute_of_day);
std::optional<int> parse_minute_of_day(std::string_view text);

std::string reminders_document_to_json(const RemindersState& state);
struct RemindersDocumentParse {
  ReminderSettings settings;  // the defaults where the text could not be read
  ReminderRuntime runtime;
  ReminderCounts counts;
  bool offered = false;
  std::string error;  // e.g. "stored reminders: desk.every: expected a whole number from 20 to 120, found 5"
  int schema = 0;     // what the text declared, 0 when it could not be told
};
RemindersDocumentParse parse_reminders_document(std::string_view text);

// Empty when `type` is not a reminders action; otherwise the action or why it is malformed. Types: setDeskBreaks
// (the "desk" object's fields), setDailyReminder (the "daily" object's), snoozeReminder, skipReminder,
// pauseRemindersForToday, reminderShown {"kind"}, breakStarted, breakCompleted, reminderOfferAnswered,
// allowNotifications.
std::optional<Parsed<ReminderAction>> parse_reminder_action(std::string_view type, const nlohmann::json& json);

nlohmann::json reminders_to_state_json(const RemindersState& state);  // state().reminders

}  // namespace ubr
