#include "core/reminders/json.h"

#include "core/base/dates.h"
#include "core/reminders/update.h"

#include <array>
#include <cstdio>

namespace ubr {
namespace {
using nlohmann::json;

constexpr std::array<const char*, 7> kWeekdayNames = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::int64_t kLatestReminderUtcMs = 4102444800000;  // 2100-01-01: a bound for stored times

json nullable(const std::optional<std::int64_t>& time) {
  return time ? json(*time) : json(nullptr);
}
json nullable_date(const std::optional<std::int64_t>& day) {
  return day ? json(format_local_date(*day)) : json(nullptr);
}

// A member that must be present but may be null: a time in UTC ms.
std::optional<std::int64_t> read_time(JsonReader& reader, const json& object, std::string_view key,
                                      std::string_view path) {
  if (!reader.ok()) return std::nullopt;
  if (!has_key(object, key)) {
    reader.fail(join_path(path, key), "missing");
    return std::nullopt;
  }
  const json& value = object.at(std::string(key));
  if (value.is_null()) return std::nullopt;
  if (!value.is_number_integer() || value.get<std::int64_t>() < 0 || value.get<std::int64_t>() > kLatestReminderUtcMs) {
    reader.fail(join_path(path, key), "expected a time in whole milliseconds (UTC) or null");
    return std::nullopt;
  }
  return value.get<std::int64_t>();
}

// A member that must be present but may be null: a local date, "YYYY-MM-DD".
std::optional<std::int64_t> read_date(JsonReader& reader, const json& object, std::string_view key,
                                      std::string_view path, bool nullable_allowed = true) {
  if (!reader.ok()) return std::nullopt;
  if (!has_key(object, key)) {
    reader.fail(join_path(path, key), "missing");
    return std::nullopt;
  }
  const json& value = object.at(std::string(key));
  if (value.is_null() && nullable_allowed) return std::nullopt;
  std::optional<std::int64_t> day;
  if (value.is_string()) day = parse_local_date(value.get<std::string>());
  if (!day)
    reader.fail(join_path(path, key),
                nullable_allowed ? "expected a date YYYY-MM-DD or null" : "expected a date YYYY-MM-DD");
  return day;
}

json recent_to_json(const std::vector<DayTally>& recent) {
  json days = json::array();
  for (const DayTally& tally : recent) {
    days.push_back({{"day", format_local_date(tally.day)}, {"shown", tally.shown}, {"breaks", tally.breaks}});
  }
  return days;
}

std::optional<ReminderKind> parse_kind(std::string_view name) {
  for (ReminderKind kind : {ReminderKind::DeskBreak, ReminderKind::Daily}) {
    if (name == reminder_kind_name(kind)) return kind;
  }
  return std::nullopt;
}

ReminderKind read_kind(JsonReader& reader, const json& object, std::string_view key, std::string_view path) {
  const std::string name = reader.text(object, key, path);
  const std::optional<ReminderKind> kind = parse_kind(name);
  if (reader.ok() && !kind) {
    reader.fail(join_path(path, key), std::string("expected \"") + reminder_kind_name(ReminderKind::DeskBreak) +
                                          "\" or \"" + reminder_kind_name(ReminderKind::Daily) + "\"");
  }
  return kind.value_or(ReminderKind::DeskBreak);
}

// The validation messages (update.h) apply to settings read from JSON too, so a document or an action holding
// settings the screen could never choose is refused with the same words.
void check(JsonReader& reader, const std::string& why) {
  if (reader.ok() && !why.empty()) reader.fail("", why);  // the message names the settings itself
}

ReminderCounts read_counts(JsonReader& reader, const json& document) {
  ReminderCounts counts;
  const json& object = reader.object(document, "counts", "");
  if (const auto day = read_date(reader, object, "day", "counts", /*nullable_allowed=*/false)) {
    counts.day = *day;
    counts.week = week_number(*day);
  }
  constexpr int kMaxCount = 1000000;
  counts.shown_today = reader.whole_number(object, "shownToday", "counts", 0, kMaxCount);
  counts.breaks_today = reader.whole_number(object, "breaksToday", "counts", 0, kMaxCount);
  counts.shown_week = reader.whole_number(object, "shownWeek", "counts", 0, kMaxCount);
  counts.breaks_week = reader.whole_number(object, "breaksWeek", "counts", 0, kMaxCount);
  // Earlier days came with a later version of the document; one without them has none yet.
  if (!reader.ok() || !has_key(object, "recent")) return counts;
  const json& recent = reader.array(object, "recent", "counts");
  for (std::size_t i = 0; i < recent.size() && reader.ok(); ++i) {
    const std::string path = "counts.recent[" + std::to_string(i) + "]";
    const json& entry = recent[i];
    DayTally tally;
    if (const auto day = read_date(reader, entry, "day", path, /*nullable_allowed=*/false)) tally.day = *day;
    tally.shown = reader.whole_number(entry, "shown", path, 0, kMaxCount);
    tally.breaks = reader.whole_number(entry, "breaks", path, 0, kMaxCount);
    if (reader.ok() && (tally.day >= counts.day || (!counts.recent.empty() && tally.day <= counts.recent.back().day))) {
      reader.fail(path + ".day", "expected days in order, before counts.day");
    }
    counts.recent.push_back(tally);
  }
  return counts;
}

ReminderRuntime read_runtime(JsonReader& reader, const json& document) {
  ReminderRuntime runtime;
  const json& object = reader.object(document, "schedule", "");
  runtime.desk_anchor_utc_ms = read_time(reader, object, "deskAnchor", "schedule");
  runtime.last_shown_utc_ms = read_time(reader, object, "lastShown", "schedule");
  if (reader.ok() && has_key(object, "active") && !object.at("active").is_null()) {
    const json& active = reader.object(object, "active", "schedule");
    const ReminderKind kind = read_kind(reader, active, "kind", "schedule.active");
    const std::optional<std::int64_t> shown = read_time(reader, active, "shown", "schedule.active");
    if (reader.ok() && !shown) reader.fail("schedule.active.shown", "expected a time in whole milliseconds (UTC)");
    if (reader.ok()) runtime.active = ActiveReminder{kind, *shown};
  } else if (reader.ok() && !has_key(object, "active")) {
    reader.fail("schedule.active", "missing");
  }
  runtime.snoozed_until_utc_ms = read_time(reader, object, "snoozedUntil", "schedule");
  if (reader.ok()) runtime.snoozed_kind = read_kind(reader, object, "snoozedKind", "schedule");
  runtime.daily_done_day = read_date(reader, object, "dailyDone", "schedule");
  runtime.paused_day = read_date(reader, object, "paused", "schedule");
  return runtime;
}

}  // namespace

const char* reminder_kind_name(ReminderKind kind) {
  switch (kind) {
    case ReminderKind::DeskBreak:
      return "deskBreak";
    case ReminderKind::Daily:
      return "daily";
  }
  return "deskBreak";
}

std::string format_minute_of_day(int minute_of_day) {
  char text[16];
  std::snprintf(text, sizeof text, "%02d:%02d", minute_of_day / 60, minute_of_day % 60);
  return text;
}

std::optional<int> parse_minute_of_day(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  for (std::size_t i : {0U, 1U, 3U, 4U}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  const int hours = (text[0] - '0') * 10 + (text[1] - '0');
  const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
  if (hours >= kHoursPerDay || minutes >= 60) return std::nullopt;
  return hours * 60 + minutes;
}

json desk_breaks_to_json(const DeskBreakSettings& settings) {
  json days = json::array();
  for (std::size_t i = 0; i < kWeekdayNames.size(); ++i) {
    if ((settings.weekdays >> i) & 1U) days.push_back(kWeekdayNames[i]);
  }
  return {{"on", settings.enabled},
          {"every", settings.interval_minutes},
          {"from", settings.start_hour},
          {"to", settings.end_hour},
          {"days", std::move(days)}};
}

json daily_reminder_to_json(const DailyReminderSettings& settings) {
  return {
      {"on", settings.enabled}, {"at", format_minute_of_day(settings.minute_of_day)}, {"routine", settings.routine_id}};
}

DeskBreakSettings read_desk_breaks(JsonReader& reader, const json& object, std::string_view path) {
  DeskBreakSettings settings;
  settings.enabled = reader.boolean(object, "on", path);
  settings.interval_minutes =
      reader.whole_number(object, "every", path, kMinDeskIntervalMinutes, kMaxDeskIntervalMinutes);
  settings.start_hour = reader.whole_number(object, "from", path, 0, kHoursPerDay - 1);
  settings.end_hour = reader.whole_number(object, "to", path, 1, kHoursPerDay);
  const json& days = reader.array(object, "days", path);
  settings.weekdays = 0;
  for (std::size_t i = 0; i < days.size() && reader.ok(); ++i) {
    bool known = false;
    for (std::size_t d = 0; d < kWeekdayNames.size(); ++d) {
      if (days[i].is_string() && days[i].get<std::string>() == kWeekdayNames[d]) {
        settings.weekdays = static_cast<std::uint8_t>(settings.weekdays | (1U << d));
        known = true;
      }
    }
    if (!known) reader.fail(index_path(join_path(path, "days"), i), "expected \"mon\", \"tue\", ... or \"sun\"");
  }
  check(reader, validate_desk_breaks(settings));
  return settings;
}

DailyReminderSettings read_daily_reminder(JsonReader& reader, const json& object, std::string_view path) {
  DailyReminderSettings settings;
  settings.enabled = reader.boolean(object, "on", path);
  const std::string at = reader.text(object, "at", path);
  if (reader.ok()) {
    if (const std::optional<int> minute = parse_minute_of_day(at)) {
      settings.minute_of_day = *minute;
    } else {
      reader.fail(join_path(path, "at"), "expected a time HH:MM from 00:00 to 23:59, found \"" + at + "\"");
    }
  }
  settings.routine_id = reader.text(object, "routine", path);
  check(reader, validate_daily_reminder(settings));
  return settings;
}

std::string reminders_document_to_json(const RemindersState& state) {
  const ReminderRuntime& runtime = state.runtime;
  const ReminderCounts& counts = state.counts;
  json active = nullptr;
  if (runtime.active) {
    active = {{"kind", reminder_kind_name(runtime.active->kind)}, {"shown", runtime.active->shown_utc_ms}};
  }
  const json document = {
      {"schema", kRemindersSchema},
      {"offered", state.offered},
      {"desk", desk_breaks_to_json(state.settings.desk)},
      {"daily", daily_reminder_to_json(state.settings.daily)},
      {"counts",
       {{"day", format_local_date(counts.day)},
        {"shownToday", counts.shown_today},
        {"breaksToday", counts.breaks_today},
        {"shownWeek", counts.shown_week},
        {"breaksWeek", counts.breaks_week},
        {"recent", recent_to_json(counts.recent)}}},
      {"schedule",
       {{"deskAnchor", nullable(runtime.desk_anchor_utc_ms)},
        {"lastShown", nullable(runtime.last_shown_utc_ms)},
        {"active", std::move(active)},
        {"snoozedUntil", nullable(runtime.snoozed_until_utc_ms)},
        {"snoozedKind", reminder_kind_name(runtime.snoozed_kind)},
        {"dailyDone", nullable_date(runtime.daily_done_day)},
        {"paused", nullable_date(runtime.paused_day)}}},
  };
  // Replacing invalid UTF-8 instead of failing: the web build has no exceptions (a routine id comes from the page).
  return document.dump(-1, ' ', false, json::error_handler_t::replace);
}

RemindersDocumentParse parse_reminders_document(std::string_view text) {
  RemindersDocumentParse result;
  const std::string source = "stored reminders";
  if (text.size() > kMaxRemindersDocumentBytes) {
    result.error = source + ": larger than " + std::to_string(kMaxRemindersDocumentBytes / 1024) + " KB";
    return result;
  }
  JsonReader reader{source};
  const json document = reader.parse(text, kMaxRemindersJsonDepth);
  if (reader.ok() && !document.is_object()) reader.fail("", "expected an object");
  if (!reader.ok()) {
    result.error = reader.error();
    return result;
  }
  const auto schema = document.find("schema");
  if (schema == document.end() || !schema->is_number_integer() || schema->get<std::int64_t>() < 1) {
    result.error = source + ": not a reminders document (no schema version)";
    return result;
  }
  result.schema = static_cast<int>(std::min<std::int64_t>(schema->get<std::int64_t>(), 1000000));
  if (result.schema > kRemindersSchema) {
    result.error = source + ": written by a newer version of the app (schema " + std::to_string(result.schema) +
                   "; this version reads up to " + std::to_string(kRemindersSchema) + ")";
    return result;
  }
  // Schema 1 is the first; older versions, when there are some, are migrated here before reading.
  const bool offered = reader.boolean(document, "offered", "");
  ReminderSettings settings;
  settings.desk = read_desk_breaks(reader, reader.object(document, "desk", ""), "desk");
  settings.daily = read_daily_reminder(reader, reader.object(document, "daily", ""), "daily");
  const ReminderCounts counts = read_counts(reader, document);
  const ReminderRuntime runtime = read_runtime(reader, document);
  if (!reader.ok()) {
    result.error = reader.error();
    return result;
  }
  result.settings = std::move(settings);
  result.counts = counts;
  result.runtime = runtime;
  result.offered = offered;
  return result;
}

std::optional<Parsed<ReminderAction>> parse_reminder_action(std::string_view type, const json& object) {
  JsonReader reader{"action"};
  auto result = [&](ReminderAction action) -> Parsed<ReminderAction> {
    if (!reader.ok()) return {std::nullopt, reader.error()};
    return {std::move(action), {}};
  };
  if (type == "setDeskBreaks") return result(SetDeskBreaks{read_desk_breaks(reader, object, "")});
  if (type == "setDailyReminder") return result(SetDailyReminder{read_daily_reminder(reader, object, "")});
  if (type == "snoozeReminder") return result(SnoozeReminder{});
  if (type == "skipReminder") return result(SkipReminder{});
  if (type == "pauseRemindersForToday") return result(PauseRemindersForToday{});
  if (type == "reminderShown") return result(ReminderShown{read_kind(reader, object, "kind", "")});
  if (type == "breakStarted") return result(BreakStarted{});
  if (type == "breakCompleted") return result(BreakCompleted{});
  if (type == "reminderOfferAnswered") return result(ReminderOfferAnswered{});
  if (type == "allowNotifications") return result(AllowNotifications{});
  return std::nullopt;
}

json reminders_to_state_json(const RemindersState& state) {
  const ReminderRuntime& runtime = state.runtime;
  json active = nullptr;
  if (runtime.active) {
    active = {{"kind", reminder_kind_name(runtime.active->kind)}, {"shown", runtime.active->shown_utc_ms}};
  }
  return {
      {"desk", desk_breaks_to_json(state.settings.desk)},
      {"daily", daily_reminder_to_json(state.settings.daily)},
      {"nextDue", nullable(state.next_due_utc_ms)},
      {"lastShown", nullable(runtime.last_shown_utc_ms)},
      {"active", std::move(active)},
      {"snoozedUntil", nullable(runtime.snoozed_until_utc_ms)},
      {"pausedToday", runtime.paused_day.has_value() && *runtime.paused_day == state.counts.day},
      {"today", {{"shown", state.counts.shown_today}, {"breaks", state.counts.breaks_today}}},
      {"week", {{"shown", state.counts.shown_week}, {"breaks", state.counts.breaks_week}}},
      {"recent", recent_to_json(state.counts.recent)},
      {"offered", state.offered},
      {"loadError", state.load_error.empty() ? json(nullptr) : json(state.load_error)},
  };
}

}  // namespace ubr
