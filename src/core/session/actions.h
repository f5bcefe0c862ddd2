#pragma once
// The actions of guided sessions, routines and their settings. Each is an alternative of the root Action itself
// (core/actions.h), so the UI dispatches StartSession{...} as it is; update.h applies them, json.h reads them.
#include "core/session/routine.h"
#include "core/session/settings.h"

#include <optional>
#include <string>
#include <variant>

namespace ubr {

// Starting and ending take the time from the update's context (the wall clock the platform passes in).
struct StartSession {
  std::string routine_id;
};
struct PauseSession {
  bool because_hidden = false;  // the page was hidden; the screen says so on return
};
struct ResumeSession {};
struct NextStep {};
struct PreviousStep {};
struct SkipRest {};
struct RestartExercise {};
// Ends early, keeping the partial work in the session's record.
struct EndSession {};
struct SetPainBefore {
  std::optional<int> pain;  // 0..10, or none to clear
};
// Leaves the summary (or a session screen with no session) for the home screen.
struct CloseSession {};
struct OpenRoutines {};
// Saves a custom routine: a new one when the id is empty, else replaces the routine with that id.
struct SaveRoutine {
  Routine routine;
};
struct DeleteRoutine {
  std::string id;
};
struct UpdateSettings {
  SettingsChange change;
};
// What the platform read from storage at start-up, passed in as text so the core decides what it means.
struct RestoreSessionData {
  std::optional<std::string> settings_text;
  std::optional<std::string> routines_text;
};

// The custom routines after merging with what another tab stored (session/routine_merge.h); the platform sends it.
struct AdoptRoutines {
  std::vector<Routine> custom;
  std::vector<std::uint64_t> deleted;
};

// Every session action; the root Action lists these alternatives among its own.
using SessionAction = std::variant<StartSession, PauseSession, ResumeSession, NextStep, PreviousStep, SkipRest,
                                   RestartExercise, EndSession, SetPainBefore, CloseSession, OpenRoutines, SaveRoutine,
                                   DeleteRoutine, UpdateSettings, RestoreSessionData, AdoptRoutines>;

}  // namespace ubr
