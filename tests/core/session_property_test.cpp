// Random walks of actions and time steps through the whole app: sessions, exercises, the home screen and the
// safety gate. Whatever the order, the session stays in a valid, bounded state; an action that is refused leaves the
// state exactly as it was; the gate never lets a session start unacknowledged; and every session that ends leaves
// exactly one record, which reaches progress tracking.
#include "core/automation_json.h"
#include "session_test_util.h"

#include <random>
#include <set>

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
  REQUIRE(step_fraction(s) >= 0);
  REQUIRE(step_fraction(s) <= 1);
  // The figure never plays faster than the demonstration at 1.25x.
  REQUIRE(figure_speed(s) >= 0);
  REQUIRE(figure_speed(s) <= 1.25);
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

namespace {
// AppState has no operator== (it holds the session plan, shared progress documents, ...), so "exactly as it was"
// is checked on everything window.app.state() shows (state_to_json: screen, session with its counters and tallies,
// routines, settings, progress, safety, comfort, demo) plus the fields state() leaves out.
std::string everything(const AppState& state) {
  std::string text = state_to_json(state, shipped_catalogue(), "test");
  text +=
      "|elapsed=" + std::to_string(state.session.step_elapsed) + "|wall=" + std::to_string(state.session.wall_seconds);
  text += "|started=" + std::to_string(state.sessions_started);
  text += "|enforced=" + std::to_string(state.safety.enforced) + "|pending=" + state.safety.pending_routine;
  return text;
}

const char* const kExercises[] = {"arm-slides", "arm-reach", "mid-trap", "thoracic-stretch", "no-such-exercise"};
const char* const kRoutines[] = {"full", "short", "custom-1", "custom-9"};

// One random action: the session's controls, exercises, the routines list and going home, the safety gate, and handing
// finished sessions to progress (update() does that at once). Acknowledging is rare, so each walk spends a long stretch
// behind the gate first.
Action random_action(std::mt19937& random, int i) {
  std::uniform_int_distribution<int> pick(0, 19);
  switch (pick(random)) {
    case 0:
    case 1:
      return StartSession{kRoutines[static_cast<std::size_t>(i) % 4]};
    case 2:
      return PauseSession{i % 2 == 0};
    case 3:
      return ResumeSession{};
    case 4:
      return NextStep{};
    case 5:
      return PreviousStep{};
    case 6:
      return SkipRest{};
    case 7:
      return RestartExercise{};
    case 8:
      return EndSession{};
    case 9:
      return CloseSession{};
    case 10:
      return SetPainBefore{i % 12 - 1};
    case 11:
      return OpenExercise{kExercises[static_cast<std::size_t>(i) % 5]};
    case 12:
      return GoHome{};
    case 13:
      return SafetyAction{OpenSafety{i % 2 == 0 ? "short" : ""}};
    case 14:
      return SafetyAction{CloseSafety{}};
    case 15:
      if (i % 25 != 0) return NextStep{};
      return SafetyAction{AcknowledgeSafety{}};
    case 16:
      return OpenRoutines{};
    default:
      return AdvanceTime{0};  // stands for a time step (below)
  }
}
}  // namespace

TEST_CASE("random walks keep every invariant, refused actions change nothing and every ended session is recorded") {
  std::uniform_real_distribution<double> seconds(0.0, 3.0);
  int refused = 0;
  int gated = 0;
  int exercises_opened = 0;
  for (const unsigned seed : {20261125u, 31337u}) {
    CAPTURE(seed);
    std::mt19937 random(seed);
    AppState state;
    state.session_settings.rest_seconds = 3;  // short rests, so random walks reach every phase
    state = must(state, SaveRoutine{{"", "Mixed", {{"arm-reach", {2, 2, 1, true}}, {"mid-trap", {2, 2, 0, false}}}}});
    state = must(state, SafetyAction{RestoreSafety{}});  // a first visit: the gate is on, nothing acknowledged
    REQUIRE(guidance_required(state.safety));
    int ended = 0;  // sessions that ended (a record id appeared), counted from the outside
    std::set<std::string> record_ids;
    for (int i = 0; i < 3'000; ++i) {
      CAPTURE(i);
      const bool had_record = state.session.active && !state.session.record_id.empty();
      const Action action = random_action(random, i);
      const WallClock now = clock_at(1'000'000 + 1'000 * std::int64_t{i});  // the wall clock moves on with the walk
      if (const auto* time = std::get_if<AdvanceTime>(&action)) {
        (void)time;
        // Time steps are the most common event: frames, stalls, and nonsense the clamp must absorb.
        const double dt = i % 97 == 0 ? 1e6 : i % 89 == 0 ? -1 : seconds(random);
        state = advance(state, dt, {shipped_catalogue(), now}).state;
      } else {
        const bool gate_on = guidance_required(state.safety);
        const int started_before = state.sessions_started;
        const UpdateResult result = update(state, action, {shipped_catalogue(), now});
        if (!result.ok()) {
          ++refused;
          INFO("refused: " << result.error);
          REQUIRE(everything(result.state) == everything(state));
        }
        if (gate_on && std::holds_alternative<StartSession>(action)) {
          ++gated;
          REQUIRE(result.state.sessions_started == started_before);  // the guidance shows instead
          REQUIRE(result.state.screen == Screen::Safety);
        }
        if (result.ok() && std::holds_alternative<OpenExercise>(action)) ++exercises_opened;
        if (result.ok()) state = result.state;
      }
      check_invariants(state);
      if (!had_record && state.session.active && !state.session.record_id.empty()) {
        ++ended;
        REQUIRE(record_ids.insert(state.session.record_id).second);  // a new record, never one seen before
      }
      // Every ended session's record is already in the progress history.
      REQUIRE(static_cast<int>(state.progress.doc->sessions.size()) == ended);
    }
    std::set<std::string> recorded;
    for (const SessionRecord& record : state.progress.doc->sessions) recorded.insert(record.id);
    CHECK(recorded == record_ids);
    CHECK(ended > 5);  // the walk really started and finished sessions, after the gate
  }
  CHECK(refused > 1000);
  CHECK(gated > 20);
  CHECK(exercises_opened > 100);
}
