// The root update: hands each action to the feature that owns it, with that feature's slice of the state, and acts
// on what the feature returns. Only here are screens decided and features connected (the safety gate before a
// session, the start after acknowledging, the records of finished sessions passed on to progress tracking).
#include "core/update.h"

#include "core/progress/update.h"
#include "core/safety/update.h"
#include "core/session/update.h"

#include <algorithm>
#include <cmath>
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

// Applies a session action to `next`, keeping the record of a session that has just ended until progress tracking
// takes it (RecordFinishedSessions). Returns why the action was refused, or an empty string.
template <SessionActionType A>
std::string apply_session(AppState& next, const A& action, const Catalogue& catalogue) {
  SessionOutcome outcome = apply_session_action(session_slice(next), action, catalogue);
  if (!outcome.error.empty()) return std::move(outcome.error);
  navigate(next, outcome.nav);
  if (outcome.finished) next.finished_sessions.push_back(std::move(*outcome.finished));
  return {};
}

struct Reducer {
  const AppState& state;
  const Catalogue& catalogue;

  UpdateResult operator()(const OpenExercise& action) const {
    if (catalogue.find(action.id) == nullptr) return {state, "no exercise with id '" + action.id + "'"};
    AppState next = state;
    next.screen = Screen::Exercise;
    next.selected_exercise = action.id;
    next.demo = DemoState{};
    return {next, {}};
  }

  UpdateResult operator()(const AdvanceTime& action) const {
    if (!std::isfinite(action.seconds) || action.seconds < 0 || action.seconds > kMaxAdvanceSeconds) {
      return {state, "advanceTime: seconds must be from 0 to " + std::to_string(static_cast<int>(kMaxAdvanceSeconds))};
    }
    AppState next = state;
    // Frame-sized steps, so the result matches what the same time in real frames would give.
    constexpr double kStep = 1.0 / 60.0;
    double left = action.seconds;
    while (left > 0) {
      const double dt = std::min(left, kStep);
      next = advance(next, dt);
      left -= dt;
    }
    return {next, {}};
  }

  // Guided sessions, routines and their settings (session/update.h).
  template <SessionActionType A>
  UpdateResult operator()(const A& action) const {
    AppState next = state;
    std::string error = apply_session(next, action, catalogue);
    if (!error.empty()) return {state, std::move(error)};
    return {std::move(next), {}};
  }

  // History, weekly goal, backups and storage (progress/update.h).
  UpdateResult operator()(const ProgressAction& action) const {
    AppState next = state;
    ProgressOutcome outcome = apply_progress_action(next.progress, action);
    navigate(next, outcome.nav);
    return {std::move(next), std::move(outcome.error)};  // a refused import keeps its message for the screen
  }

  // The hand-over from the session engine to progress tracking.
  UpdateResult operator()(const RecordFinishedSessions&) const {
    AppState next = state;
    record_finished_sessions(next.progress, std::exchange(next.finished_sessions, {}));
    return {std::move(next), {}};
  }

  // Safety guidance and comfort settings (safety/update.h). Acknowledging starts the session the user asked for
  // before reading the guidance: one press of "I understand, start the session" is one action, by any input.
  UpdateResult operator()(const SafetyAction& action) const {
    AppState next = state;
    SafetyOutcome outcome = apply_safety_action(safety_slice(next), action);
    if (!outcome.error.empty()) return {state, std::move(outcome.error)};
    navigate(next, outcome.nav);
    const auto* acknowledge = std::get_if<AcknowledgeSafety>(&action);
    if (acknowledge == nullptr || next.safety.pending_routine.empty()) return {std::move(next), {}};
    const StartSession start{std::exchange(next.safety.pending_routine, {}), acknowledge->clock};
    // The acknowledgement stands even if the routine can no longer start (deleted in another tab, say): the user
    // then chooses again among the routines there are.
    if (!apply_session(next, start, catalogue).empty()) navigate(next, SessionNav::ShowRoutines);
    return {std::move(next), {}};
  }

  // Demonstration speed, pause, scrub and view (exercises/demo.h).
  UpdateResult operator()(const DemoAction& action) const {
    if (state.screen != Screen::Exercise) return {state, "no demonstration is open"};
    AppState next = state;
    std::string error = apply_demo_action(next.demo, action, next.selected_exercise);
    if (!error.empty()) return {state, std::move(error)};
    return {std::move(next), {}};
  }

  UpdateResult operator()(const GoHome&) const {
    AppState next = state;
    next.screen = Screen::Home;
    next.selected_exercise.clear();
    return {next, {}};
  }
};

}  // namespace

UpdateResult update(const AppState& state, const Action& action, const Catalogue& catalogue) {
  // A session asked for before the safety guidance was read shows the guidance first, whoever asked; the guidance
  // remembers the routine and starts it once acknowledged.
  if (const auto* start = std::get_if<StartSession>(&action); start != nullptr && guidance_required(state.safety)) {
    AppState next = state;
    const SafetyOutcome outcome = apply_safety_action(safety_slice(next), OpenSafety{start->routine_id});
    navigate(next, outcome.nav);
    return {std::move(next), {}};
  }
  return std::visit(Reducer{state, catalogue}, action);
}

AppState advance(const AppState& state, double dt_seconds) {
  if (!std::isfinite(dt_seconds) || dt_seconds <= 0) return state;
  const double dt = std::min(dt_seconds, kMaxTimeStepSeconds);
  AppState next = state;
  if (next.screen == Screen::Exercise) advance_demo(next.demo, dt, next.selected_exercise);
  if (std::optional<SessionRecord> finished = advance_session_state(session_slice(next), dt)) {
    next.finished_sessions.push_back(std::move(*finished));
  }
  return next;
}

bool needs_continuous_frames(const AppState& state) {
  return (state.screen == Screen::Exercise && !state.demo.paused) || session_needs_frames(state.session);
}

}  // namespace ubr
