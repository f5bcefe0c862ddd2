#pragma once
// Every user intent is one of these values. New features add alternatives here and a case in update().
#include "core/exercises/demo.h"
#include "core/progress/actions.h"
#include "core/safety/actions.h"
#include "core/session/actions.h"

#include <string>
#include <variant>

namespace ubr {

struct OpenExercise {
  std::string id;
};
struct GoHome {};
// Moves the app's clock forward as if `seconds` had passed in normal frames (clamped steps). For tests and the
// benchmark, which must simulate long sessions quickly; the UI never sends it.
struct AdvanceTime {
  double seconds = 0;
};

using Action = std::variant<OpenExercise, GoHome, AdvanceTime,
                            // guided sessions (session_actions.h)
                            StartSession, PauseSession, ResumeSession, NextStep, PreviousStep, SkipRest,
                            RestartExercise, EndSession, SetPainBefore, CloseSession, OpenRoutines, SaveRoutine,
                            DeleteRoutine, UpdateSettings, RestoreSessionData,
                            // progress: history, goal, backups, storage (progress_actions.h)
                            ProgressAction,
                            // safety guidance and comfort settings (safety_actions.h)
                            SafetyAction,
                            // demonstration speed, pause, scrub and view (demo.h)
                            DemoAction>;

}  // namespace ubr
