#include "core/update.h"

#include "core/progress/update.h"
#include "core/safety/update.h"
#include "core/session/update.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace ubr {
namespace {

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

  // Guided sessions, routines and their settings (session_update.h).
  template <SessionActionType A>
  UpdateResult operator()(const A& action) const {
    AppState next = state;
    std::string error = apply_session_action(next, action, catalogue);
    if (!error.empty()) return {state, std::move(error)};
    return {std::move(next), {}};
  }

  // History, weekly goal, backups and storage (progress_update.h).
  UpdateResult operator()(const ProgressAction& action) const {
    AppState next = state;
    std::string error = apply_progress_action(next, action);
    return {std::move(next), std::move(error)};  // a refused import keeps its message for the screen
  }

  // Safety guidance and comfort settings (safety_update.h). Acknowledging starts the session the user asked for
  // before reading the guidance: one press of "I understand, start the session" is one action, by any input.
  UpdateResult operator()(const SafetyAction& action) const {
    AppState next = state;
    std::string error = apply_safety_action(next, action);
    if (!error.empty()) return {state, std::move(error)};
    const auto* acknowledge = std::get_if<AcknowledgeSafety>(&action);
    if (acknowledge == nullptr || next.safety.pending_routine.empty()) return {std::move(next), {}};
    const StartSession start{std::exchange(next.safety.pending_routine, {}), acknowledge->clock};
    // The acknowledgement stands even if the routine can no longer start (deleted in another tab, say): the user
    // then chooses again among the routines there are.
    if (!apply_session_action(next, start, catalogue).empty()) next.screen = Screen::Routines;
    return {std::move(next), {}};
  }

  // Demonstration speed, pause, scrub and view (demo.h).
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
  // A session asked for before the safety guidance was read shows the guidance first, whoever asked.
  if (safety_gate_closed(state, action)) {
    AppState next = state;
    apply_safety_action(next, OpenSafety{std::get<StartSession>(action).routine_id});
    return {std::move(next), {}};
  }
  return std::visit(Reducer{state, catalogue}, action);
}

AppState advance(const AppState& state, double dt_seconds) {
  if (!std::isfinite(dt_seconds) || dt_seconds <= 0) return state;
  const double dt = std::min(dt_seconds, kMaxTimeStepSeconds);
  AppState next = state;
  if (next.screen == Screen::Exercise) advance_demo(next.demo, dt, next.selected_exercise);
  advance_session_state(next, dt);
  return next;
}

bool needs_continuous_frames(const AppState& state) {
  return (state.screen == Screen::Exercise && !state.demo.paused) || session_needs_frames(state);
}

}  // namespace ubr
