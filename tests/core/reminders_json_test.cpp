// The reminders' stored document and automation JSON.
#include "core/reminders/json.h"

#include "reminders_test_util.h"

#include <nlohmann/json.hpp>

using namespace ubr;
using namespace ubr::reminders_test;

namespace {
// A state with every stored field set to something other than its default: a desk break on screen while a daily
// reminder is snoozed, the day paused, one break taken.
const WallClock kBusyNow = at(2026, 12, 8, 10, 25, 60);
RemindersState busy_state() {
  const WallClock morning = at(2026, 12, 8, 8, 0, 60);
  RemindersState state = apply({}, SetDeskBreaks{desk(25, 8, 18, 0x55)}, morning);
  state = apply(state, SetDailyReminder{daily(7, 5, "custom-3")}, morning);
  state = apply(state, ReminderShown{ReminderKind::Daily}, at(2026, 12, 8, 10, 0, 60));
  state = apply(state, BreakCompleted{}, at(2026, 12, 8, 10, 5, 60));
  state = apply(state, PauseRemindersForToday{}, at(2026, 12, 8, 10, 10, 60));
  state = apply(state, ReminderShown{ReminderKind::Daily}, at(2026, 12, 8, 10, 20, 60));
  state = apply(state, SnoozeReminder{}, at(2026, 12, 8, 10, 20, 60));
  state = apply(state, ReminderOfferAnswered{}, kBusyNow);
  state = apply(state, ReminderShown{ReminderKind::DeskBreak}, kBusyNow);
  return state;
}
}  // namespace

TEST_CASE("reminders document round-trips settings, counts and the schedule") {
  const RemindersState state = busy_state();
  REQUIRE(state.counts.shown_today == 3);
  REQUIRE(state.runtime.paused_day);
  REQUIRE(state.runtime.active);
  REQUIRE(state.runtime.snoozed_until_utc_ms);
  const std::string text = reminders_document_to_json(state);
  const nlohmann::json json = nlohmann::json::parse(text);
  CHECK(json.at("schema") == kRemindersSchema);
  CHECK(json.at("desk").at("days") == nlohmann::json({"mon", "wed", "fri", "sun"}));
  CHECK(json.at("daily").at("at") == "07:05");

  const RemindersDocumentParse parsed = parse_reminders_document(text);
  INFO(parsed.error);
  REQUIRE(parsed.error.empty());
  CHECK(parsed.settings == state.settings);
  CHECK(parsed.counts == state.counts);
  CHECK(parsed.runtime == state.runtime);
  CHECK(parsed.offered);

  // Restoring it gives the same state, with the schedule worked out again.
  const RemindersResult restored = update_reminders({}, RestoreReminders{text}, kBusyNow);
  REQUIRE(restored.ok());
  CHECK(restored.state.offered);
  CHECK(restored.state.settings == state.settings);
  CHECK(restored.state.runtime == state.runtime);
  CHECK(restored.state.next_due_utc_ms == state.next_due_utc_ms);
  CHECK(restored.state.load_error.empty());

  // The defaults round-trip too (no day recorded yet: 1970-01-01).
  CHECK(parse_reminders_document(reminders_document_to_json({})).error.empty());
}

TEST_CASE("unreadable reminders documents are reported clearly and kept") {
  const std::string good = reminders_document_to_json(busy_state());
  auto changed = [&](const char* pointer, nlohmann::json value) {
    nlohmann::json json = nlohmann::json::parse(good);
    json[nlohmann::json::json_pointer(pointer)] = std::move(value);
    return json.dump();
  };
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"{\"schema\":1,", "stored reminders: not valid JSON"},
      {"[1,2]", "stored reminders: expected an object"},
      {"{\"desk\":{}}", "stored reminders: not a reminders document (no schema version)"},
      {changed("/schema", 7),
       "stored reminders: written by a newer version of the app (schema 7; this version "
       "reads up to 1)"},
      {changed("/desk/every", 5), "stored reminders: desk.every: expected a whole number from 20 to 120, found 5"},
      {changed("/desk/days/1", "someday"), "stored reminders: desk.days[1]: expected \"mon\", \"tue\", ... or \"sun\""},
      {changed("/desk/to", 3),
       "stored reminders: desk breaks: from 8:00 to 3:00; the hours must run forward "
       "within one day (0 to 24)"},
      {changed("/daily/at", "25:00"),
       "stored reminders: daily.at: expected a time HH:MM from 00:00 to 23:59, found \"25:00\""},
      {changed("/counts/day", "2026-02-30"), "stored reminders: counts.day: expected a date YYYY-MM-DD"},
      {changed("/schedule/lastShown", "soon"),
       "stored reminders: schedule.lastShown: expected a time in whole milliseconds (UTC) or null"},
      {changed("/schedule/active/kind", "weekly"),
       "stored reminders: schedule.active.kind: expected \"deskBreak\" or \"daily\""},
      {std::string(40, '[') + std::string(40, ']'), "stored reminders: nested too deeply"},
  };
  for (const auto& [text, message] : cases) {
    INFO(text);
    const RemindersDocumentParse parsed = parse_reminders_document(text);
    CHECK(parsed.error == message);
    CHECK(parsed.settings == ReminderSettings{});

    const RemindersResult restored = update_reminders({}, RestoreReminders{text}, at(2026, 12, 8, 12, 0));
    REQUIRE(restored.ok());
    CHECK(restored.state.load_error == message);
    CHECK(restored.state.unreadable_text == text);  // kept, for the user and for the platform to copy aside
    CHECK_FALSE(restored.state.settings.desk.enabled);
    CHECK(restored.effects.empty());  // nothing is written over it by restoring
  }
  const nlohmann::json state = reminders_to_state_json(
      update_reminders({}, RestoreReminders{std::string("nonsense")}, at(2026, 12, 8, 12, 0)).state);
  CHECK(state.at("loadError") == "stored reminders: not valid JSON");
}

TEST_CASE("reminder actions read from automation JSON use the document's shapes") {
  const nlohmann::json desk_json = {{"on", true}, {"every", 30}, {"from", 9}, {"to", 17}, {"days", {"mon", "tue"}}};
  const auto desk_action = parse_reminder_action("setDeskBreaks", desk_json);
  REQUIRE(desk_action);
  REQUIRE(desk_action->action);
  CHECK(std::get<SetDeskBreaks>(*desk_action->action).settings == desk(30, 9, 17, 0x03));

  nlohmann::json too_often = desk_json;
  too_often["every"] = 10;
  const auto refused = parse_reminder_action("setDeskBreaks", too_often);
  REQUIRE(refused);
  CHECK_FALSE(refused->action);
  CHECK(refused->error == "action: every: expected a whole number from 20 to 120, found 10");

  const auto daily_action =
      parse_reminder_action("setDailyReminder", {{"on", true}, {"at", "18:30"}, {"routine", "full"}});
  REQUIRE(daily_action);
  REQUIRE(daily_action->action);
  CHECK(std::get<SetDailyReminder>(*daily_action->action).settings == daily(18, 30, "full"));

  for (const char* type : {"snoozeReminder", "skipReminder", "pauseRemindersForToday", "breakStarted", "breakCompleted",
                           "reminderOfferAnswered"}) {
    const auto parsed = parse_reminder_action(type, nlohmann::json::object());
    REQUIRE(parsed);
    CHECK(parsed->action);
  }
  CHECK_FALSE(parse_reminder_action("startSession", nlohmann::json::object()));

  // state().reminders
  const nlohmann::json state = reminders_to_state_json(busy_state());
  CHECK(state.at("desk").at("every") == 25);
  CHECK(state.at("today").at("shown") == 3);
  CHECK(state.at("today").at("breaks") == 1);
  CHECK(state.at("pausedToday") == true);
  CHECK(state.at("nextDue").is_number_integer());
  CHECK(state.at("loadError").is_null());
}

TEST_CASE("earlier days' reminders and breaks are kept for two weeks, in order, and round-trip") {
  RemindersState state = apply({}, SetDeskBreaks{desk(30, 0, 24, kAllWeekdays)}, at(2026, 11, 20, 9, 0));
  // One reminder on each of 20 days, and a break on every other day.
  for (int i = 0; i < 20; ++i) {
    const WallClock noon = later(at(2026, 11, 20, 12, 0), i * kDay);
    state = apply(state, ReminderShown{ReminderKind::DeskBreak}, noon);
    if (i % 2 == 0) state = apply(state, BreakCompleted{}, later(noon, 5 * kMinute));
  }
  const ReminderCounts& counts = state.counts;
  CHECK(counts.day == day_number({2026, 12, 9}));
  REQUIRE(counts.recent.size() == static_cast<std::size_t>(kRecentReminderDays));
  CHECK(counts.recent.front().day == counts.day - kRecentReminderDays);
  CHECK(counts.recent.back().day == counts.day - 1);
  for (const DayTally& tally : counts.recent) {
    CHECK(tally.shown == 1);
    CHECK(tally.breaks == ((tally.day - day_number({2026, 11, 20})) % 2 == 0 ? 1 : 0));
  }

  const std::string text = reminders_document_to_json(state);
  const RemindersDocumentParse parsed = parse_reminders_document(text);
  INFO(parsed.error);
  REQUIRE(parsed.error.empty());
  CHECK(parsed.counts == counts);

  // Days out of order, or not before the counts' day, are refused with the entry named.
  nlohmann::json shuffled = nlohmann::json::parse(text);
  std::swap(shuffled["counts"]["recent"][0], shuffled["counts"]["recent"][1]);
  CHECK(parse_reminders_document(shuffled.dump()).error ==
        "stored reminders: counts.recent[1].day: expected days in order, before counts.day");
  // A document written before earlier days were kept is read as having none.
  nlohmann::json older = nlohmann::json::parse(text);
  older["counts"].erase("recent");
  const RemindersDocumentParse old_parse = parse_reminders_document(older.dump());
  REQUIRE(old_parse.error.empty());
  CHECK(old_parse.counts.recent.empty());
}
