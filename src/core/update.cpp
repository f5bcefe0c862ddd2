// The root update: hands each action to the feature that owns it, with that feature's slice of the state, and acts
// on what the feature returns. Only here are screens decided and features connected (the safety gate before a
// session, the start after acknowledging, the record of a finished session passed on to progress tracking), and
// the features' effects gathered into the one list the platform carries out.
#include "core/update.h"

#include "core/reminders/micro_break.h"
#include "core/reminders/schedule.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <type_traits>
#include <utility>

namespace ubr {
namespace {

SessionSlice session_slice(AppState& state) {
  return {state.session, state.session_settings, state.settings_load_error, state.routines, state.sessions_started};
}

SafetySlice safety_slice(AppState& state) {
  return {state.safety, state.comfort};
}

// Where each feature's request leads. The guidance and progress are reached from any screen and close the open
// exercise; the session screens leave it as it was.
void navigate(AppState& state, SessionNav nav) {
  switch (nav) {
    case SessionNav::ShowSession:
      state.screen = Screen::Session;
      return;
    case SessionNav::ShowRoutines:
      state.screen = Screen::Routines;
      return;
    case SessionNav::LeaveSession:
      state.screen = Screen::Home;
      return;
  }
}

void navigate(AppState& state, SafetyNav nav) {
  switch (nav) {
    case SafetyNav::ShowGuidance:
      state.screen = Screen::Safety;
      state.selected_exercise.clear();
      return;
    case SafetyNav::LeaveGuidance:
      if (state.screen == Screen::Safety) state.screen = Screen::Home;
      return;
  }
}

void navigate(AppState& state, ProgressNav nav) {
  switch (nav) {
    case ProgressNav::ShowProgress:
      state.screen = Screen::Progress;
      state.selected_exercise.clear();
      return;
  }
}

template <typename Nav>
void navigate(AppState& state, const std::optional<Nav>& nav) {
  if (nav) navigate(state, *nav);
}

// A feature's effects, appended to the root's list.
template <typename FeatureEffect>
void add_effects(std::vector<Effect>& effects, std::vector<FeatureEffect> more) {
  for (FeatureEffect& effect : more) {
    effects.push_back(std::visit([](auto&& alternative) { return Effect{std::move(alternative)}; }, std::move(effect)));
  }
}

bool is_micro_break(const Session& session) {
  return session.routine_id == kMicroBreakRoutineId;
}

// The hand-over from the session engine to progress tracking: a session that has just ended is recorded (and so
// stored) at once, a micro-break marked as a desk break.
void record_finished(AppState& next, std::optional<SessionRecord> finished, std::vector<Effect>& effects) {
  if (!finished) return;
  finished->is_break = is_micro_break(next.session);
  add_effects(effects, record_finished_session(next.progress, std::move(*finished)).effects);
}

// A reminder action the root itself takes for the user (a session started or finished is a break from the desk).
// These are never refused.
void tell_reminders(AppState& next, const ReminderAction& action, const WallClock& now, std::vector<Effect>& effects) {
  RemindersResult result = update_reminders(next.reminders, action, now);
  next.reminders = std::move(result.state);
  add_effects(effects, std::move(result.effects));
}

// Applies a session action to `next`. Returns why the action was refused, or an empty string.
template <SessionActionType A>
std::string apply_session(AppState& next, const A& action, const UpdateContext& context, std::vector<Effect>& effects) {
  SessionContext session_context{context.catalogue, context.now, context.random};
  if constexpr (std::is_same_v<A, StartSession>) {
    // The micro-break rotates with the breaks taken today, so it is made afresh for each start.
    session_context.offered_routines.push_back(
        micro_break_routine(context.catalogue, next.reminders.counts.breaks_today));
  }
  SessionOutcome outcome = apply_session_action(session_slice(next), action, session_context);
  if (!outcome.error.empty()) return std::move(outcome.error);
  navigate(next, outcome.nav);
  add_effects(effects, std::move(outcome.effects));
  record_finished(next, std::move(outcome.finished), effects);
  // Any session is a break from the desk: it answers the reminder on screen and the next desk break counts from it.
  if constexpr (std::is_same_v<A, StartSession>) tell_reminders(next, BreakStarted{}, context.now, effects);
  return {};
}

// One clamped time step without the cues: AdvanceTime takes many of these and the cues are worked out once, between
// the state before and after the whole action.
StepResult step(const AppState& state, double dt_seconds, const MotionLibrary& motion) {
  StepResult result{state, {}};
  if (!std::isfinite(dt_seconds) || dt_seconds <= 0) return result;
  const double dt = std::min(dt_seconds, kMaxTimeStepSeconds);
  AppState& next = result.state;
  if (next.screen == Screen::Exercise) advance_demo(next.demo, dt, motion.find(next.selected_exercise));
  record_finished(next, advance_session_state(session_slice(next), dt), result.effects);
  return result;
}

UpdateResult refused(const AppState& state, std::string why) {
  return {state, std::move(why), {}};
}

struct Reducer {
  const AppState& state;
  const UpdateContext& context;

  UpdateResult operator()(const OpenExercise& action) const {
    if (context.catalogue.find(action.id) == nullptr) return refused(state, "no exercise with id '" + action.id + "'");
    AppState next = state;
    next.screen = Screen::Exercise;
    next.selected_exercise = action.id;
    next.demo = DemoState{};
    return {std::move(next), {}, {}};
  }

  UpdateResult operator()(const AdvanceTime& action) const {
    if (!std::isfinite(action.seconds) || action.seconds < 0 || action.seconds > kMaxAdvanceSeconds) {
      return refused(state,
                     "advanceTime: seconds must be from 0 to " + std::to_string(static_cast<int>(kMaxAdvanceSeconds)));
    }
    UpdateResult result{state, {}, {}};
    // Frame-sized steps, so the result matches what the same time in real frames would give.
    constexpr double kStep = 1.0 / 60.0;
    double left = action.seconds;
    while (left > 0) {
      const double dt = std::min(left, kStep);
      StepResult stepped = step(result.state, dt, context.catalogue.motion);
      result.state = std::move(stepped.state);
      result.effects.insert(result.effects.end(), std::make_move_iterator(stepped.effects.begin()),
                            std::make_move_iterator(stepped.effects.end()));
      left -= dt;
    }
    return result;
  }

  // Guided sessions, routines and their settings (session/update.h).
  template <SessionActionType A>
  UpdateResult operator()(const A& action) const {
    UpdateResult result{state, {}, {}};
    std::string error = apply_session(result.state, action, context, result.effects);
    if (!error.empty()) return refused(state, std::move(error));
    return result;
  }

  // History, weekly goal, backups and storage (progress/update.h).
  UpdateResult operator()(const ProgressAction& action) const {
    UpdateResult result{state, {}, {}};
    ProgressOutcome outcome = apply_progress_action(result.state.progress, action, context.now);
    if (!outcome.error.empty()) return refused(state, std::move(outcome.error));
    navigate(result.state, outcome.nav);
    add_effects(result.effects, std::move(outcome.effects));
    return result;
  }

  // Safety guidance and comfort settings (safety/update.h). Acknowledging starts the session the user asked for
  // before reading the guidance: one press of "I understand, start the session" is one action, by any input.
  UpdateResult operator()(const SafetyAction& action) const {
    UpdateResult result{state, {}, {}};
    AppState& next = result.state;
    SafetyOutcome outcome = apply_safety_action(safety_slice(next), action);
    if (!outcome.error.empty()) return refused(state, std::move(outcome.error));
    navigate(next, outcome.nav);
    add_effects(result.effects, std::move(outcome.effects));
    if (!std::holds_alternative<AcknowledgeSafety>(action) || next.safety.pending_routine.empty()) return result;
    const StartSession start{std::exchange(next.safety.pending_routine, {})};
    // The acknowledgement stands even if the routine can no longer start (deleted in another tab, say): the user
    // then chooses again among the routines there are.
    if (!apply_session(next, start, context, result.effects).empty()) navigate(next, SessionNav::ShowRoutines);
    return result;
  }

  // Demonstration speed, pause, scrub and view (exercises/demo.h).
  UpdateResult operator()(const DemoAction& action) const {
    if (state.screen != Screen::Exercise) return refused(state, "no demonstration is open");
    AppState next = state;
    std::string error = apply_demo_action(next.demo, action, context.catalogue.motion.find(next.selected_exercise));
    if (!error.empty()) return refused(state, std::move(error));
    return {std::move(next), {}, {}};
  }

  // Desk-break and daily reminders (reminders/update.h).
  UpdateResult operator()(const ReminderAction& action) const {
    RemindersResult outcome = update_reminders(state.reminders, action, context.now);
    if (!outcome.ok()) return refused(state, std::move(outcome.error));
    UpdateResult result{state, {}, {}};
    result.state.reminders = std::move(outcome.state);
    add_effects(result.effects, std::move(outcome.effects));
    return result;
  }

  // Opening the Reminders screen answers the offer made after the first completed session.
  UpdateResult operator()(const OpenReminders&) const {
    UpdateResult result{state, {}, {}};
    result.state.screen = Screen::Reminders;
    result.state.selected_exercise.clear();
    if (!state.reminders.offered) tell_reminders(result.state, ReminderOfferAnswered{}, context.now, result.effects);
    return result;
  }

  UpdateResult operator()(const GoHome&) const {
    AppState next = state;
    next.screen = Screen::Home;
    next.selected_exercise.clear();
    return {std::move(next), {}, {}};
  }
};

UpdateResult apply(const AppState& state, const Action& action, const UpdateContext& context) {
  // A session asked for before the safety guidance was read shows the guidance first, whoever asked; the guidance
  // remembers the routine and starts it once acknowledged.
  if (const auto* start = std::get_if<StartSession>(&action); start != nullptr && guidance_required(state.safety)) {
    UpdateResult result{state, {}, {}};
    const SafetyOutcome outcome = apply_safety_action(safety_slice(result.state), OpenSafety{start->routine_id});
    navigate(result.state, outcome.nav);
    return result;
  }
  return std::visit(Reducer{state, context}, action);
}

// A session that has just ended, finished or not: its record was made in this step.
bool session_just_ended(const Session& before, const Session& after) {
  return before.record_id.empty() && !after.record_id.empty();
}

// What every applied action and time step ends with: progress follows the clock, the user hears the session's cues
// (worked out from the session before and after, so a cue is never missed or repeated), and the reminder scheduler
// takes its step with the same clock, so a test that sets the clock sees the reminder that time brings.
void follow_up(const AppState& before, AppState& after, const UpdateContext& context, std::vector<Effect>& effects) {
  const WallClock& now = context.now;
  observe_clock(after.progress, now);
  add_effects(effects, session_feedback(before.session, after.session, after.session_settings));
  if (now.utc_ms == 0) return;  // no clock reading (native tests of other features): the reminders wait
  // A completed session counts as a break taken; one ended early does not, but either way the next desk break is a
  // full interval after it, not due the moment someone has just exercised.
  if (session_just_ended(before.session, after.session)) {
    if (after.session.completed) {
      tell_reminders(after, BreakCompleted{}, now, effects);
    } else {
      tell_reminders(after, BreakStarted{}, now, effects);
    }
  }
  ReminderTick tick = tick_reminders(after.reminders, now, session_running(after.session), context.reminders_leader);
  if (tick.state != after.reminders) after.reminders = std::move(tick.state);
  add_effects(effects, std::move(tick.effects));
}

}  // namespace

UpdateResult update(const AppState& state, const Action& action, const UpdateContext& context) {
  UpdateResult result = apply(state, action, context);
  if (result.ok()) follow_up(state, result.state, context, result.effects);
  return result;
}

StepResult advance(const AppState& state, double dt_seconds, const UpdateContext& context) {
  StepResult result = step(state, dt_seconds, context.catalogue.motion);
  follow_up(state, result.state, context, result.effects);
  return result;
}

bool needs_continuous_frames(const AppState& state) {
  return (state.screen == Screen::Exercise && !state.demo.paused) || session_needs_frames(state.session);
}

}  // namespace ubr
