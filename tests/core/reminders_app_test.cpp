// The reminders inside the whole app: the root update runs the scheduler with every action and time step, a session
// answers the reminder on screen, and the micro-break starts like any routine and is recorded as a desk break.
#include "core/automation_json.h"
#include "core/progress/record_json.h"
#include "core/reminders/micro_break.h"
#include "core/update.h"

#include "reminders_test_util.h"
#include "shipped_catalogue.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace ubr;
using namespace ubr::reminders_test;

namespace {

const Catalogue& catalogue() {
  return test::shipped_catalogue();
}

UpdateResult act(const AppState& state, const Action& action, const WallClock& clock, bool leader = true) {
  UpdateContext context{catalogue(), clock};
  context.reminders_leader = leader;
  return update(state, action, context);
}

AppState applied(const AppState& state, const Action& action, const WallClock& clock) {
  UpdateResult result = act(state, action, clock);
  INFO(result.error);
  REQUIRE(result.ok());
  return result.state;
}

std::optional<ShowReminder> shown_by(const std::vector<Effect>& effects) {
  for (const Effect& effect : effects) {
    if (const auto* show = std::get_if<ShowReminder>(&effect)) return *show;
  }
  return std::nullopt;
}

// Guidance read, so sessions start at once.
AppState ready_app(const WallClock& clock) {
  AppState state;
  state.safety.acknowledged = true;
  return applied(state, SetDeskBreaks{desk(30, 0, 24, kAllWeekdays)}, clock);
}

// Plays the running session to its summary in frame-sized time steps.
AppState finish_session(AppState state, const WallClock& start) {
  WallClock clock = start;
  for (int second = 0; second < 3600 && session_running(state.session); ++second) {
    clock = later(clock, 1000);
    state = applied(state, AdvanceTime{1.0}, clock);
  }
  REQUIRE_FALSE(session_running(state.session));
  return state;
}

}  // namespace

TEST_CASE("any action carrying a later clock lets the scheduler show the desk break that time brings") {
  const WallClock monday = at(2026, 12, 7, 10, 0);
  const AppState state = ready_app(monday);
  REQUIRE(state.reminders.next_due_utc_ms == monday.utc_ms + 30 * kMinute);

  CHECK_FALSE(shown_by(act(state, AdvanceTime{0}, later(monday, 29 * kMinute)).effects));
  const UpdateResult due = act(state, AdvanceTime{0}, later(monday, 30 * kMinute));
  const std::optional<ShowReminder> reminder = shown_by(due.effects);
  REQUIRE(reminder);
  CHECK(reminder->kind == ReminderKind::DeskBreak);
  CHECK(reminder->routine_id == kMicroBreakRoutineId);
  CHECK(due.state.reminders.runtime.active.has_value());
  CHECK(due.state.reminders.counts.shown_today == 1);

  // The same moment in a tab that does not hold the lead moves its schedule on in silence.
  const UpdateResult follower = act(state, AdvanceTime{0}, later(monday, 30 * kMinute), false);
  CHECK_FALSE(shown_by(follower.effects));
  CHECK(follower.state.reminders.next_due_utc_ms > later(monday, 30 * kMinute).utc_ms);
}

TEST_CASE("no reminder shows while a session runs; it comes once the session is over") {
  const WallClock monday = at(2026, 12, 7, 10, 0);
  AppState state = applied(ready_app(monday), StartSession{"short"}, later(monday, 25 * kMinute));
  REQUIRE(session_running(state.session));
  const UpdateResult during = act(state, AdvanceTime{0}, later(monday, 60 * kMinute));
  CHECK_FALSE(shown_by(during.effects));
  CHECK_FALSE(during.state.reminders.runtime.active);
}

TEST_CASE("the micro-break starts by id like a routine, answers the reminder and is recorded as a desk break") {
  const WallClock monday = at(2026, 12, 7, 10, 0);
  AppState state = applied(ready_app(monday), AdvanceTime{0}, later(monday, 30 * kMinute));
  REQUIRE(state.reminders.runtime.active);

  const WallClock start = later(monday, 31 * kMinute);
  state = applied(state, StartSession{std::string(kMicroBreakRoutineId)}, start);
  REQUIRE(session_running(state.session));
  CHECK(state.screen == Screen::Session);
  CHECK_FALSE(state.reminders.runtime.active);  // answered
  CHECK(state.reminders.runtime.desk_anchor_utc_ms == start.utc_ms);
  CHECK(state.session.routine_id == kMicroBreakRoutineId);

  state = finish_session(state, start);
  REQUIRE(state.progress.doc->sessions.size() == 1);
  CHECK(state.progress.doc->sessions.front().is_break);
  CHECK(state.progress.doc->sessions.front().completed);
  CHECK(state.reminders.counts.breaks_today == 1);
  CHECK(state.reminders.counts.breaks_week == 1);

  // The next micro-break rotates to the other exercises.
  const Routine first = micro_break_routine(catalogue(), 0);
  const Routine second = micro_break_routine(catalogue(), 1);
  CHECK(first.items != second.items);
}

TEST_CASE("a routine session is a break from the desk but is not recorded as a desk break") {
  const WallClock monday = at(2026, 12, 7, 10, 0);
  const WallClock start = later(monday, 5 * kMinute);
  AppState state = applied(ready_app(monday), StartSession{"short"}, start);
  state = finish_session(state, start);
  REQUIRE(state.progress.doc->sessions.size() == 1);
  CHECK_FALSE(state.progress.doc->sessions.front().is_break);
  CHECK(state.reminders.counts.breaks_today == 1);
  // The next desk break counts from the session's start.
  CHECK(*state.reminders.runtime.desk_anchor_utc_ms >= start.utc_ms);
}

TEST_CASE("a micro-break asked for before the guidance was read starts once it is acknowledged") {
  const WallClock monday = at(2026, 12, 7, 10, 0);
  AppState state;
  state = applied(state, SafetyAction{RestoreSafety{std::nullopt}}, monday);
  REQUIRE(guidance_required(state.safety));
  state = applied(state, StartSession{std::string(kMicroBreakRoutineId)}, monday);
  CHECK(state.screen == Screen::Safety);
  state = applied(state, SafetyAction{AcknowledgeSafety{}}, monday);
  CHECK(state.screen == Screen::Session);
  CHECK(state.session.routine_id == kMicroBreakRoutineId);
}

TEST_CASE("opening the Reminders screen answers the offer once, and is stored") {
  const WallClock monday = at(2026, 12, 7, 10, 0);
  const UpdateResult opened = act(AppState{}, OpenReminders{}, monday);
  REQUIRE(opened.ok());
  CHECK(opened.state.screen == Screen::Reminders);
  CHECK(opened.state.reminders.offered);
  CHECK(std::any_of(opened.effects.begin(), opened.effects.end(),
                    [](const Effect& effect) { return std::holds_alternative<SaveReminders>(effect); }));
  CHECK(act(opened.state, OpenReminders{}, monday).effects.empty());
}

TEST_CASE("reminder actions and state() through the automation JSON") {
  const ActionParse parsed = parse_action(
      R"({"type":"setDeskBreaks","on":true,"every":20,"from":0,"to":24,"days":["mon","tue","wed","thu","fri","sat","sun"]})");
  REQUIRE(parsed.action);
  const WallClock monday = at(2026, 12, 7, 10, 0);
  const AppState state = applied(AppState{}, *parsed.action, monday);
  const nlohmann::json json = nlohmann::json::parse(state_to_json(state, catalogue(), "test"));
  CHECK(json["reminders"]["desk"]["every"] == 20);
  CHECK(json["reminders"]["nextDue"] == monday.utc_ms + 20 * kMinute);
  CHECK(parse_action(R"({"type":"openReminders"})").action);
  CHECK(parse_action(R"({"type":"snoozeReminder"})").action);
}

TEST_CASE("a stored session marked as a desk break keeps the mark through the document") {
  SessionRecord record;
  record.id = "s-1";
  record.is_break = true;
  CHECK(record_to_json(record)["break"] == true);
  record.is_break = false;
  CHECK_FALSE(record_to_json(record).contains("break"));
}

TEST_CASE("a session ended early is not a break taken, but the next desk break is a full interval after it") {
  const WallClock monday = at(2026, 12, 7, 10, 0);
  AppState state = applied(ready_app(monday), StartSession{"full"}, later(monday, 1 * kMinute));
  const WallClock ended = later(monday, 26 * kMinute);
  state = applied(state, EndSession{}, ended);
  REQUIRE_FALSE(session_running(state.session));
  CHECK(state.reminders.counts.breaks_today == 0);
  CHECK_FALSE(state.reminders.runtime.active);  // not asked for a break the moment the session ends
  CHECK(state.reminders.next_due_utc_ms == ended.utc_ms + 30 * kMinute);
}
