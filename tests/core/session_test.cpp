// The guided-session engine, driven with an exact clock.
#include "session_test_util.h"

#include "core/automation_json.h"

#include <cmath>
#include <nlohmann/json.hpp>

using namespace ubr;
using namespace ubr::session_test;

namespace {
// The duration of a routine worked out independently of the planner, from its dosages and the settings.
double expected_seconds(const Routine& routine, const SessionSettings& settings) {
  double total = settings.get_ready_seconds;
  for (std::size_t i = 0; i < routine.items.size(); ++i) {
    const Dosage& d = routine.items[i].dosage;
    if (i > 0) total += settings.preview_seconds;
    const std::string& id = routine.items[i].exercise_id;
    const int sides = d.per_side ? 2 : 1;
    if (d.hold_seconds > 0) {
      const HeldTimes held = held_times(id);
      total += (held.move_in + d.hold_seconds + held.release) * d.reps * sides * d.sets;
    } else {
      // One movement cycle per repetition, the clip's cycles spread over the repetitions.
      const Clip& clip = *shipped_catalogue().motion.find(id);
      for (int rep = 1; rep <= d.reps; ++rep) total += repetition_cycle(clip, rep, d.reps).length() * sides * d.sets;
    }
    total += kSwitchSidesSeconds * (sides - 1) * d.sets;
    total += settings.rest_seconds * (d.sets - 1);
  }
  return total;
}

int count_phase(const Session& session, SessionPhase phase) {
  int n = 0;
  for (const SessionStep& step : session.steps) n += step.phase == phase ? 1 : 0;
  return n;
}
}  // namespace

TEST_CASE("the full routine has every exercise at the catalogue's dosage") {
  const Routine routine = full_routine(shipped_catalogue());
  REQUIRE(routine.items.size() == shipped_catalogue().exercises.size());
  CHECK(routine.items[7].exercise_id == "mid-trap");
  CHECK(routine.items[7].dosage.sets == 3);
  CHECK(routine.items[7].dosage.reps == 15);
  CHECK(routine.items[3].dosage.per_side);
}

TEST_CASE("the full routine's total duration equals the sum of its phases, and running it takes exactly that") {
  const SessionSettings settings;
  AppState state = started("full", settings);
  const double planned = planned_total_seconds(state.session);
  CHECK(planned == expected_seconds(full_routine(shipped_catalogue()), settings));
  // By hand, from the clips at 1x: get ready 5, seven previews of 10; shoulder blade squeeze 10 × (1.5 + 5 + 3);
  // elbow squeeze 10 × (2 + 5 + 3); arm reach 20 × (1.5 + 5 + 2.5) + a 5 s switch; thoracic stretch 5 × (2.5 + 15 +
  // 3.5); arm slides 10 × 7; shoulder roll's ten circles 3 × 4 + 2 × 2.8 + 3 × 4 + 2 × 2.8; upper back stretch 10 ×
  // 9.5; mid-trap 45 × 7 and two rests of 30.
  CHECK(state.session.tallies[1].reps_planned == 10);
  CHECK(planned == Approx(5 + 70 + 95 + 100 + 185 + 105 + 70 + 35.2 + 95 + 315 + 60));

  // One step before the end the session is still running; the step that reaches the total ends it.
  state = run_for(state, planned - 0.125);
  CHECK(session_running(state.session));
  CHECK(state.progress.doc->sessions.empty());
  state = advance(state, 0.125, shipped_catalogue()).state;
  CHECK(step_of(state).phase == SessionPhase::Summary);
  CHECK_FALSE(session_running(state.session));
  CHECK_FALSE(needs_continuous_frames(state));

  REQUIRE(state.progress.doc->sessions.size() == 1);
  const SessionRecord& record = state.progress.doc->sessions[0];
  CHECK(record.completed);
  CHECK(record.started_utc_ms == 1'000'000);
  CHECK(record.ended_utc_ms == 1'000'000 + std::llround(planned * 1000));
  CHECK(record.local_date == "1970-01-01");  // 1 000 s after the epoch, at UTC+1
  CHECK(record.utc_offset_minutes == 60);
  CHECK(record.routine_name == "Full routine");
  REQUIRE(record.exercises.size() == 8);
  for (const ExerciseTally& tally : record.exercises) {
    INFO(tally.exercise_id);
    CHECK(tally.reps_done == tally.reps_planned);
    CHECK(tally.sets_done == tally.sets_planned);
    CHECK(tally.active_seconds > 0);
  }
  CHECK(record.exercises[3].reps_planned == 20);  // arm reach: 10 per arm
  CHECK(record.exercises[7].reps_planned == 45);  // mid-trap: 3 sets of 15
  // Time on an exercise covers its repetitions, rests and side switches, not the previews.
  CHECK(record.exercises[7].active_seconds == Approx(45 * clip_seconds("mid-trap") + 60));
}

TEST_CASE("the short routine takes about five minutes with the default pauses") {
  const AppState state = started("short");
  CHECK(planned_total_seconds(state.session) >= 4.5 * 60);
  CHECK(planned_total_seconds(state.session) <= 5.5 * 60);
  CHECK(planned_total_seconds(state.session) == expected_seconds(short_routine(shipped_catalogue()), {}));
}

TEST_CASE("phases follow get ready, repetitions, holds and releases in order") {
  AppState state = started("full");
  CHECK(step_of(state).phase == SessionPhase::GetReady);
  CHECK(remaining_seconds(state.session) == 5);
  state = run_for(state, 5);
  CHECK(step_of(state).phase == SessionPhase::Rep);
  CHECK(step_of(state).rep == 1);
  CHECK(step_of(state).set == 1);
  const double rep = clip_seconds("arm-slides");
  state = run_for(state, rep / 2);  // half of one movement cycle, played at the demonstration's pace
  CHECK(step_fraction(state.session) == Approx(0.5).margin(0.125 / rep));
  CHECK(figure_time(state.session) == Approx(rep / 2).margin(0.125));
  CHECK(figure_speed(state.session) == 1);
  CHECK_FALSE(holding(state.session));
  state = run_for(state, rep / 2);
  CHECK(step_of(state).rep == 2);
  CHECK(state.session.tallies[0].reps_done == 1);

  state = run_for(state, 9 * rep);  // the other nine arm slides
  CHECK(step_of(state).phase == SessionPhase::Preview);
  CHECK(state.session.exercises[static_cast<std::size_t>(step_of(state).exercise)].id == "shoulder-blade-squeeze");
  CHECK(state.session.tallies[0].sets_done == 1);
  state = run_for(state, 10);
  CHECK(step_of(state).phase == SessionPhase::Rep);  // moving into the hold
  state = run_for(state, held_times("shoulder-blade-squeeze").move_in);
  CHECK(step_of(state).phase == SessionPhase::Hold);
  CHECK(holding(state.session));
  CHECK(figure_speed(state.session) == 0);
  CHECK(remaining_seconds(state.session) == 5);
  state = run_for(state, 5);
  CHECK(step_of(state).phase == SessionPhase::Release);
  CHECK(state.session.tallies[1].reps_done == 1);  // a hold counts once it is held to the end
}

TEST_CASE("pause freezes every counter until resumed") {
  AppState state = run_for(started("full"), 7.25);
  state = must(state, PauseSession{});
  CHECK_FALSE(needs_continuous_frames(state));
  const Session before = state.session;
  state = run_for(state, 120);
  CHECK(state.session.step == before.step);
  CHECK(state.session.step_elapsed == before.step_elapsed);
  CHECK(state.session.wall_seconds == before.wall_seconds);
  CHECK(state.session.tallies[0].active_seconds == before.tallies[0].active_seconds);
  CHECK(state.session.tallies[0].reps_done == before.tallies[0].reps_done);
  CHECK(update(state, PauseSession{}, shipped_catalogue()).error == "the session is already paused");

  state = must(state, ResumeSession{});
  CHECK(needs_continuous_frames(state));
  state = advance(state, 0.25, shipped_catalogue()).state;
  CHECK(state.session.step_elapsed == before.step_elapsed + 0.25);
  CHECK(update(state, ResumeSession{}, shipped_catalogue()).error == "the session is not paused");
}

TEST_CASE("a pause because the page was hidden is remembered for the screen") {
  AppState state = must(started("full"), PauseSession{true});
  CHECK(state.session.paused_while_hidden);
  state = must(state, ResumeSession{});
  CHECK_FALSE(state.session.paused_while_hidden);
}

TEST_CASE("next skips a countdown, or moves on to the next exercise during the work") {
  AppState state = started("full");
  state = must(state, NextStep{});  // skip get ready
  CHECK(step_of(state).phase == SessionPhase::Rep);
  state = run_for(state, 7);
  state = must(state, NextStep{});  // leave arm slides part-way
  CHECK(step_of(state).phase == SessionPhase::Preview);
  CHECK(step_of(state).exercise == 1);
  CHECK(state.session.tallies[0].reps_done == 1);  // the partial work is kept
  state = must(state, NextStep{});
  CHECK(step_of(state).phase == SessionPhase::Rep);
  CHECK(step_of(state).exercise == 1);
}

TEST_CASE("next on the last exercise reaches the summary and records the session") {
  SessionSettings quick;
  quick.get_ready_seconds = 0;
  AppState state = started("full", quick);
  int presses = 0;
  while (step_of(state).exercise < 7 && presses < 100) {
    state = must(state, NextStep{});
    ++presses;
  }
  CHECK(presses == 7 * 2 - 1);  // from the first exercise's work: a preview and then the work of each next one
  CHECK(step_of(state).phase == SessionPhase::Preview);
  state = must(state, NextStep{});
  CHECK(step_of(state).phase == SessionPhase::Rep);
  state = must(state, NextStep{});
  CHECK(step_of(state).phase == SessionPhase::Summary);
  REQUIRE(state.progress.doc->sessions.size() == 1);
  CHECK(update(state, NextStep{}, shipped_catalogue()).error == "no session is running");
}

TEST_CASE("previous goes back to the start of the previous exercise; on the first it restarts") {
  AppState state = run_for(started("full"), 12);
  state = must(state, PreviousStep{});
  CHECK(state.session.step == 0);
  CHECK(step_of(state).phase == SessionPhase::GetReady);
  state = must(state, NextStep{});
  state = must(state, NextStep{});  // now previewing exercise 1
  state = must(state, NextStep{});  // working on exercise 1
  state = run_for(state, 3);
  state = must(state, PreviousStep{});
  CHECK(step_of(state).exercise == 0);
  CHECK(step_of(state).phase == SessionPhase::GetReady);
}

TEST_CASE("restart goes back to the beginning of the current exercise and keeps what was done") {
  AppState state = must(must(must(started("full"), NextStep{}), NextStep{}), NextStep{});
  CHECK(step_of(state).exercise == 1);
  state = run_for(state, 20);
  const int done = state.session.tallies[1].reps_done;
  CHECK(done >= 1);
  const auto serial = state.session.step_serial;
  state = must(state, RestartExercise{});
  CHECK(step_of(state).phase == SessionPhase::Preview);
  CHECK(step_of(state).exercise == 1);
  CHECK(state.session.step_serial > serial);
  CHECK(state.session.tallies[1].reps_done == done);
  // Doing the exercise again never counts more than its plan.
  state = run_for(state, 10 + 90);
  CHECK(state.session.tallies[1].reps_done == 10);
}

TEST_CASE("sides and sets are counted right") {
  SessionSettings settings;
  settings.get_ready_seconds = 0;
  AppState state;
  state.session_settings = settings;
  const Routine routine{"", "Reach and trap", {{"arm-reach", {2, 2, 5, true}}, {"mid-trap", {3, 2, 0, false}}}};
  state = must(state, SaveRoutine{routine});
  state = must(state, StartSession{"custom-1"});
  const Session& s = state.session;
  // arm reach: 2 sets × 2 sides × 2 holds; one side switch per set; one rest between the sets.
  CHECK(count_phase(s, SessionPhase::Hold) == 8);
  CHECK(count_phase(s, SessionPhase::SwitchSides) == 2);
  CHECK(count_phase(s, SessionPhase::Rest) == 1 + 1);

  CHECK(step_of(state).side == 0);
  CHECK_FALSE(mirrored(state.session));
  state = run_for(state, 2 * 9);  // two holds on the first arm
  CHECK(step_of(state).phase == SessionPhase::SwitchSides);
  CHECK(state.session.tallies[0].sets_done == 0);
  state = run_for(state, kSwitchSidesSeconds);
  CHECK(step_of(state).side == 1);
  CHECK(mirrored(state.session));
  CHECK(step_of(state).rep == 1);
  state = run_for(state, 2 * 9);
  CHECK(step_of(state).phase == SessionPhase::Rest);
  CHECK(step_of(state).set == 2);
  CHECK(state.session.tallies[0].sets_done == 1);
  CHECK(state.session.tallies[0].reps_done == 4);
  CHECK(state.session.tallies[0].reps_planned == 8);
}

TEST_CASE("rest can be skipped; skipping work is refused") {
  AppState state;
  state.session_settings.get_ready_seconds = 0;
  state = must(state, SaveRoutine{{"", "Trap", {{"mid-trap", {2, 3, 0, false}}}}});
  state = must(state, StartSession{"custom-1"});
  CHECK(update(state, SkipRest{}, shipped_catalogue()).error == "there is no rest or countdown to skip now");
  state = run_for(state, 2 * clip_seconds("mid-trap"));  // the first set of two
  CHECK(step_of(state).phase == SessionPhase::Rest);
  CHECK(remaining_seconds(state.session) == 30);
  state = must(state, SkipRest{});
  CHECK(step_of(state).phase == SessionPhase::Rep);
  CHECK(step_of(state).set == 2);
}

TEST_CASE("rest and get-ready durations follow the settings; zero leaves them out") {
  SessionSettings settings;
  settings.get_ready_seconds = 0;
  settings.rest_seconds = 0;
  settings.preview_seconds = 0;
  const AppState state = started("full", settings);
  CHECK(step_of(state).phase == SessionPhase::Rep);
  CHECK(count_phase(state.session, SessionPhase::Rest) == 0);
  CHECK(count_phase(state.session, SessionPhase::Preview) == 0);
  CHECK(planned_total_seconds(state.session) == expected_seconds(full_routine(shipped_catalogue()), settings));
}

TEST_CASE("ending early keeps the partial work and the pain before in the record") {
  const double rep = clip_seconds("arm-slides");
  AppState state = run_for(started("full"), 5 + 3 * rep + 1);
  state = must(state, SetPainBefore{4});
  state = must(state, EndSession{}, clock_at(1'030'000));
  CHECK(step_of(state).phase == SessionPhase::Summary);
  CHECK_FALSE(session_running(state.session));
  REQUIRE(state.progress.doc->sessions.size() == 1);
  const SessionRecord& record = state.progress.doc->sessions[0];
  CHECK_FALSE(record.completed);
  CHECK(record.ended_utc_ms == 1'030'000);
  CHECK(record.pain_before == 4);
  CHECK(record.exercises[0].reps_done == 3);
  CHECK(record.exercises[0].active_seconds == Approx(3 * rep + 1));
  CHECK(record.exercises[1].reps_done == 0);
  CHECK(record.id == state.session.record_id);
  CHECK(update(state, EndSession{}, shipped_catalogue()).error == "no session is running");

  state = must(state, CloseSession{});
  CHECK(state.screen == Screen::Home);
  CHECK_FALSE(state.session.active);
  CHECK(state.progress.doc->sessions.size() == 1);  // the record stays in the history
}

TEST_CASE("large time steps are clamped, so a hidden tab cannot skip the session ahead") {
  AppState state = started("full");
  state = advance(state, 3600, shipped_catalogue()).state;
  CHECK(state.session.step_elapsed == kMaxTimeStepSeconds);
  CHECK(state.session.step == 0);
}

TEST_CASE("start is refused while a session runs and for unknown routines; close only after the end") {
  AppState state = started("short");
  CHECK(state.screen == Screen::Session);
  CHECK(update(state, StartSession{"full"}, shipped_catalogue()).error == "a session is already running; end it first");
  CHECK(update(AppState{}, StartSession{"nope"}, shipped_catalogue()).error == "no routine with id 'nope'");
  CHECK(update(state, CloseSession{}, shipped_catalogue()).error == "the session is still running; end it first");
  CHECK(update(state, SetPainBefore{11}, shipped_catalogue()).error == "pain must be from 0 to 10");
}

TEST_CASE("session actions parse from JSON") {
  auto parse = [](const char* text) { return parse_action(text); };
  const ActionParse start = parse(R"({"type":"startSession","routine":"full"})");
  REQUIRE(start.action);
  CHECK(std::get<StartSession>(*start.action).routine_id == "full");
  CHECK_FALSE(start.clock);
  // Any action may carry the clock to apply it with; a localDate given must match the other two.
  const ActionParse timed = parse(
      R"({"type":"startSession","routine":"short","clock":{"utcMs":1700000000000,"localDate":"2023-11-14","utcOffsetMinutes":-300}})");
  REQUIRE(timed.action);
  REQUIRE(timed.clock);
  CHECK(timed.clock->utc_ms == 1700000000000);
  CHECK(timed.clock->utc_offset_minutes == -300);
  CHECK(
      parse(R"({"type":"endSession","clock":{"utcMs":1700000000000,"localDate":"2023-11-15","utcOffsetMinutes":-300}})")
          .error == "action: clock.localDate: is not the local date of utcMs at utcOffsetMinutes (2023-11-14)");
  CHECK(std::get<PauseSession>(*parse(R"({"type":"pauseSession","hidden":true})").action).because_hidden);
  for (const char* type : {"resumeSession", "nextStep", "previousStep", "skipRest", "restartExercise", "endSession",
                           "closeSession", "openRoutines"}) {
    INFO(type);
    CHECK(parse(("{\"type\":\"" + std::string(type) + "\"}").c_str()).action.has_value());
  }
  CHECK(std::get<SetPainBefore>(*parse(R"({"type":"setPainBefore","pain":3})").action).pain == 3);
  CHECK_FALSE(std::get<SetPainBefore>(*parse(R"({"type":"setPainBefore","pain":null})").action).pain);
  CHECK(parse(R"({"type":"setPainBefore","pain":12})").error ==
        "action: pain: expected a whole number from 0 to 10, found 12");
  CHECK(parse(R"({"type":"startSession"})").error == "action: routine: missing");
  const ActionParse settings = parse(R"({"type":"updateSettings","restSeconds":45,"sound":false})");
  REQUIRE(settings.action);
  CHECK(std::get<UpdateSettings>(*settings.action).change.rest_seconds == 45);
  CHECK(std::get<UpdateSettings>(*settings.action).change.sound == false);
  CHECK_FALSE(std::get<UpdateSettings>(*settings.action).change.volume);
  const ActionParse save = parse(
      R"({"type":"saveRoutine","routine":{"name":"Mine","items":[{"exerciseId":"arm-reach","reps":4,"sets":1,"holdSeconds":5}]}})");
  REQUIRE(save.action);
  CHECK(std::get<SaveRoutine>(*save.action).routine.items[0].dosage.reps == 4);
  CHECK(std::get<DeleteRoutine>(*parse(R"({"type":"deleteRoutine","id":"custom-1"})").action).id == "custom-1");
}

TEST_CASE("state JSON exposes phase, exercise, rep, set, side and remaining time") {
  AppState state = run_for(started("full"), 6);
  const auto json = nlohmann::json::parse(state_to_json(state, shipped_catalogue(), "0.0.0"));
  const auto& s = json["session"];
  CHECK(json["screen"] == "session");
  CHECK(s["running"] == true);
  CHECK(s["paused"] == false);
  CHECK(s["phase"] == "rep");
  CHECK(s["exerciseId"] == "arm-slides");
  CHECK(s["rep"] == 1);
  CHECK(s["reps"] == 10);
  CHECK(s["set"] == 1);
  CHECK(s["sets"] == 1);
  CHECK(s["side"].is_null());
  const double rep = clip_seconds("arm-slides");
  CHECK(s["remaining"].get<double>() == Approx(rep - 1));
  CHECK(s["progress"].get<double>() == Approx(1 / rep));
  CHECK(s["nextExerciseId"] == "shoulder-blade-squeeze");
  CHECK(json["routines"].size() == 2);
  CHECK(json["sessionSettings"]["restSeconds"] == 30);
  const auto idle = nlohmann::json::parse(state_to_json(AppState{}, shipped_catalogue(), "0.0.0"));
  CHECK(idle["session"]["active"] == false);
  CHECK(idle["session"]["running"] == false);
}
