#pragma once
// Applies the guided-session actions to the session's part of the app state, and moves a running session on with
// time. The root update (core/update.cpp) hands these over and acts on what they return: where the app should go, and
// the record of a session that has just ended, which the root keeps for progress tracking.
#include "core/exercises/catalogue.h"
#include "core/session/actions.h"
#include "core/session/record.h"
#include "core/session/session.h"

#include <concepts>
#include <cstdint>
#include <optional>
#include <string>

namespace ubr {

// The members of the app state that the session feature owns. AppState keeps them as members of its own (the UI and
// the platform read them by name), so the slice refers to them rather than holding copies.
struct SessionSlice {
  Session& session;
  SessionSettings& settings;
  std::string& settings_load_error;  // why stored settings could not be read; the defaults are used meanwhile
  RoutineBook& routines;
  int& sessions_started;  // numbers the records, so two sessions started in the same millisecond differ
};

// Where a session action asks the app to go. The root update turns it into a screen: only the root decides screens.
enum class SessionNav : std::uint8_t {
  ShowSession,   // a session has started
  ShowRoutines,  // the list of routines to choose from
  LeaveSession,  // the session is closed
};

struct SessionOutcome {
  std::string error;  // why the action was refused (the root then keeps the state as it was); empty when applied
  std::optional<SessionNav> nav;
  std::optional<SessionRecord> finished;  // the record of a session that has just ended
};

SessionOutcome apply_session_action(SessionSlice slice, const StartSession& action, const Catalogue& catalogue);
SessionOutcome apply_session_action(SessionSlice slice, const PauseSession& action, const Catalogue& catalogue);
SessionOutcome apply_session_action(SessionSlice slice, const ResumeSession& action, const Catalogue& catalogue);
SessionOutcome apply_session_action(SessionSlice slice, const NextStep& action, const Catalogue& catalogue);
SessionOutcome apply_session_action(SessionSlice slice, const PreviousStep& action, const Catalogue& catalogue);
SessionOutcome apply_session_action(SessionSlice slice, const SkipRest& action, const Catalogue& catalogue);
SessionOutcome apply_session_action(SessionSlice slice, const RestartExercise& action, const Catalogue& catalogue);
SessionOutcome apply_session_action(SessionSlice slice, const EndSession& action, const Catalogue& catalogue);
SessionOutcome apply_session_action(SessionSlice slice, const SetPainBefore& action, const Catalogue& catalogue);
SessionOutcome apply_session_action(SessionSlice slice, const CloseSession& action, const Catalogue& catalogue);
SessionOutcome apply_session_action(SessionSlice slice, const OpenRoutines& action, const Catalogue& catalogue);
SessionOutcome apply_session_action(SessionSlice slice, const SaveRoutine& action, const Catalogue& catalogue);
SessionOutcome apply_session_action(SessionSlice slice, const DeleteRoutine& action, const Catalogue& catalogue);
SessionOutcome apply_session_action(SessionSlice slice, const UpdateSettings& action, const Catalogue& catalogue);
SessionOutcome apply_session_action(SessionSlice slice, const RestoreSessionData& action, const Catalogue& catalogue);

// The actions above, so the root update's reducer can hand them all over with one generic case.
template <typename A>
concept SessionActionType = requires(SessionSlice slice, const A& action, const Catalogue& catalogue) {
  { apply_session_action(slice, action, catalogue) } -> std::same_as<SessionOutcome>;
};

// Moves a running session on by dt (already clamped). Returns the session's record when this step reaches the summary.
std::optional<SessionRecord> advance_session_state(SessionSlice slice, double dt_seconds);

// True while a session counts down by itself (running and not paused): the loop then draws continuously.
bool session_needs_frames(const Session& session);

}  // namespace ubr
