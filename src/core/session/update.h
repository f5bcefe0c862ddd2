#pragma once
// Applies the guided-session actions to the session's part of the app state, and moves a running session on with
// time. The root update (core/update.cpp) hands these over and acts on what they return: where the app should go, the
// record of a session that has just ended (passed on to progress tracking), and what the platform must do.
#include "core/base/clock.h"
#include "core/exercises/catalogue.h"
#include "core/session/actions.h"
#include "core/session/cues.h"
#include "core/session/record.h"
#include "core/session/session.h"

#include <concepts>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

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

// What the platform must do for the session feature, returned as values (the core does no I/O).
struct SaveSessionSettings {};  // the session settings changed: store them
struct SaveRoutines {};         // the custom routines changed: store them
struct PlaySound {
  CueSound sound = CueSound::None;
  double volume = 1.0;  // 0..1
};
struct Speak {
  std::string text;
  double volume = 1.0;  // 0..1
};
struct KeepScreenOn {  // hold the screen wake lock while a session runs, release it after
  bool on = false;
};
using SessionEffect = std::variant<SaveSessionSettings, SaveRoutines, PlaySound, Speak, KeepScreenOn>;

// What a session action needs besides its slice: the exercises, and the wall clock that stamps starts and ends.
struct SessionContext {
  const Catalogue& catalogue;
  WallClock now;
  std::uint32_t random = 0;  // a fresh random number from the platform (a new routine's origin)
  // Routines another feature offers besides the built-in and custom ones (the reminders' micro-break, which changes
  // through the day); StartSession finds them by id like any other.
  std::vector<Routine> offered_routines = {};
};

struct SessionOutcome {
  std::string error;  // why the action was refused (the root then keeps the state as it was); empty when applied
  std::optional<SessionNav> nav;
  std::optional<SessionRecord> finished;  // the record of a session that has just ended
  std::vector<SessionEffect> effects;
};

SessionOutcome apply_session_action(SessionSlice slice, const StartSession& action, const SessionContext& context);
SessionOutcome apply_session_action(SessionSlice slice, const PauseSession& action, const SessionContext& context);
SessionOutcome apply_session_action(SessionSlice slice, const ResumeSession& action, const SessionContext& context);
SessionOutcome apply_session_action(SessionSlice slice, const NextStep& action, const SessionContext& context);
SessionOutcome apply_session_action(SessionSlice slice, const PreviousStep& action, const SessionContext& context);
SessionOutcome apply_session_action(SessionSlice slice, const SkipRest& action, const SessionContext& context);
SessionOutcome apply_session_action(SessionSlice slice, const RestartExercise& action, const SessionContext& context);
SessionOutcome apply_session_action(SessionSlice slice, const EndSession& action, const SessionContext& context);
SessionOutcome apply_session_action(SessionSlice slice, const SetPainBefore& action, const SessionContext& context);
SessionOutcome apply_session_action(SessionSlice slice, const CloseSession& action, const SessionContext& context);
SessionOutcome apply_session_action(SessionSlice slice, const OpenRoutines& action, const SessionContext& context);
SessionOutcome apply_session_action(SessionSlice slice, const SaveRoutine& action, const SessionContext& context);
SessionOutcome apply_session_action(SessionSlice slice, const DeleteRoutine& action, const SessionContext& context);
SessionOutcome apply_session_action(SessionSlice slice, const UpdateSettings& action, const SessionContext& context);
SessionOutcome apply_session_action(SessionSlice slice, const RestoreSessionData& action,
                                    const SessionContext& context);
SessionOutcome apply_session_action(SessionSlice slice, const AdoptRoutines& action, const SessionContext& context);

// The actions above, so the root update's reducer can hand them all over with one generic case.
template <typename A>
concept SessionActionType = requires(SessionSlice slice, const A& action, const SessionContext& context) {
  { apply_session_action(slice, action, context) } -> std::same_as<SessionOutcome>;
};

// Moves a running session on by dt (already clamped). Returns the session's record when this step reaches the summary.
std::optional<SessionRecord> advance_session_state(SessionSlice slice, double dt_seconds);

// What the user should hear and the screen should do as the session went from `before` to `after`: the cues (sound
// and voice, as the settings allow) and the wake lock taken when a session starts running and released when it ends.
std::vector<SessionEffect> session_feedback(const Session& before, const Session& after,
                                            const SessionSettings& settings);

// True while a session counts down by itself (running and not paused): the loop then draws continuously.
bool session_needs_frames(const Session& session);

}  // namespace ubr
