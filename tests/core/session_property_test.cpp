// 10,000 random actions and time steps: whatever the order, the session stays in a valid, bounded state.
#include "session_test_util.h"

#include <random>

using namespace ubr;
using namespace ubr::session_test;

namespace {
void check_invariants(const AppState& state) {
  const Session& s = state.session;
  REQUIRE(state.session.step_elapsed >= 0);
  REQUIRE(state.session.wall_seconds >= 0);
  if (!s.active) return;
  REQUIRE(!s.steps.empty());
  REQUIRE(s.step < s.steps.size());
  REQUIRE(s.steps.back().phase == SessionPhase::Summary);
  const SessionStep& step = current_step(s);
  REQUIRE(static_cast<int>(step.phase) >= static_cast<int>(SessionPhase::GetReady));
  REQUIRE(static_cast<int>(step.phase) <= static_cast<int>(SessionPhase::Summary));
  REQUIRE(step.exercise >= 0);
  REQUIRE(static_cast<std::size_t>(step.exercise) < s.exercises.size());
  const Dosage& d = s.exercises[static_cast<std::size_t>(step.exercise)].dosage;
  REQUIRE(step.rep >= 0);
  REQUIRE(step.rep <= d.reps);
  REQUIRE(step.set >= 0);
  REQUIRE(step.set <= d.sets);
  REQUIRE(step.side >= 0);
  REQUIRE(step.side <= (d.per_side ? 1 : 0));
  REQUIRE(remaining_seconds(s) >= 0);
  REQUIRE(remaining_seconds(s) <= step.seconds);
  REQUIRE(s.step_elapsed <= step.seconds);
  REQUIRE(movement_progress(s) >= 0);
  REQUIRE(movement_progress(s) <= 1);
  for (const ExerciseTally& tally : s.tallies) {
    REQUIRE(tally.reps_done >= 0);
    REQUIRE(tally.reps_done <= tally.reps_planned);
    REQUIRE(tally.sets_done >= 0);
    REQUIRE(tally.sets_done <= tally.sets_planned);
    REQUIRE(tally.active_seconds >= 0);
  }
  REQUIRE(session_running(s) == s.record_id.empty());  // a record exactly when the session is over
  REQUIRE(needs_continuous_frames(state) == (state.screen == Screen::Exercise || (session_running(s) && !s.paused)));
}
}  // namespace

TEST_CASE("10,000 random actions and time steps keep every invariant") {
  std::mt19937 random(20261125);
  std::uniform_int_distribution<int> pick(0, 15);
  std::uniform_real_distribution<double> seconds(0.0, 3.0);
  AppState state;
  state.session_settings.rest_seconds = 3;  // short rests, so random walks reach every phase
  state = must(state, SaveRoutine{{"", "Mixed", {{"arm-reach", {2, 2, 1, true}}, {"mid-trap", {2, 2, 0, false}}}}});
  int records = 0;  // sessions that ended: update() hands their records on to progress tracking at once
  for (int i = 0; i < 10'000; ++i) {
    Action action = NextStep{};
    switch (pick(random)) {
      case 0:
        action = StartSession{i % 3 == 0 ? "full" : i % 3 == 1 ? "short" : "custom-1"};
        break;
      case 1:
        action = PauseSession{i % 2 == 0};
        break;
      case 2:
        action = ResumeSession{};
        break;
      case 3:
        action = NextStep{};
        break;
      case 4:
        action = PreviousStep{};
        break;
      case 5:
        action = SkipRest{};
        break;
      case 6:
        action = RestartExercise{};
        break;
      case 7:
        action = EndSession{};
        break;
      case 8:
        action = CloseSession{};
        break;
      case 9:
        action = SetPainBefore{i % 12 - 1};
        break;
      default: {
        // Time steps are the most common event: frames, stalls, and nonsense the clamp must absorb.
        const double dt = i % 97 == 0 ? 1e6 : i % 89 == 0 ? -1 : seconds(random);
        const bool had_record = state.session.active && !state.session.record_id.empty();
        state = advance(state, dt, {}).state;
        check_invariants(state);
        if (!had_record && state.session.active && !state.session.record_id.empty()) ++records;
        continue;
      }
    }
    const bool had_record = state.session.active && !state.session.record_id.empty();
    const UpdateResult result = update(state, action, {shipped_catalogue(), clock_at(i)});
    if (result.ok()) state = result.state;
    check_invariants(state);
    if (!had_record && state.session.active && !state.session.record_id.empty()) ++records;
  }
  CHECK(records > 10);  // the walk really started and finished sessions
}
