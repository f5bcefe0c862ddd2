#pragma once
// Applies the guided-session actions to the app state, and moves a running session on with time. update() and
// advance() (update.h) hand these over; each apply returns why an action was rejected, or an empty string.
#include "core/app_state.h"
#include "core/exercises/catalogue.h"
#include "core/session/actions.h"

#include <string>

namespace ubr {

std::string apply_session_action(AppState& state, const StartSession& action, const Catalogue& catalogue);
std::string apply_session_action(AppState& state, const PauseSession& action, const Catalogue& catalogue);
std::string apply_session_action(AppState& state, const ResumeSession& action, const Catalogue& catalogue);
std::string apply_session_action(AppState& state, const NextStep& action, const Catalogue& catalogue);
std::string apply_session_action(AppState& state, const PreviousStep& action, const Catalogue& catalogue);
std::string apply_session_action(AppState& state, const SkipRest& action, const Catalogue& catalogue);
std::string apply_session_action(AppState& state, const RestartExercise& action, const Catalogue& catalogue);
std::string apply_session_action(AppState& state, const EndSession& action, const Catalogue& catalogue);
std::string apply_session_action(AppState& state, const SetPainBefore& action, const Catalogue& catalogue);
std::string apply_session_action(AppState& state, const CloseSession& action, const Catalogue& catalogue);
std::string apply_session_action(AppState& state, const OpenRoutines& action, const Catalogue& catalogue);
std::string apply_session_action(AppState& state, const SaveRoutine& action, const Catalogue& catalogue);
std::string apply_session_action(AppState& state, const DeleteRoutine& action, const Catalogue& catalogue);
std::string apply_session_action(AppState& state, const UpdateSettings& action, const Catalogue& catalogue);
std::string apply_session_action(AppState& state, const RestoreSessionData& action, const Catalogue& catalogue);

// The actions above, so update()'s reducer can hand them all over with one generic case.
template <typename A>
concept SessionActionType = requires(AppState& state, const A& action, const Catalogue& catalogue) {
  { apply_session_action(state, action, catalogue) } -> std::same_as<std::string>;
};

// Moves a running session on by dt (already clamped); on reaching the summary, records the session.
void advance_session_state(AppState& state, double dt_seconds);

// True while a session counts down by itself (running and not paused): the loop then draws continuously.
bool session_needs_frames(const AppState& state);

}  // namespace ubr
