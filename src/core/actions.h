#pragma once
// Every user intent is one of these values. A feature adds its actions in its own actions.h; the root lists the
// session's actions one by one (the UI dispatches StartSession{...} as it is) and every other feature's as one
// alternative (ProgressAction, SafetyAction, DemoAction).
#include "core/base/join_variants.h"
#include "core/exercises/demo.h"
#include "core/progress/actions.h"
#include "core/reminders/actions.h"
#include "core/safety/actions.h"
#include "core/session/actions.h"

#include <string>
#include <variant>

namespace ubr {

struct OpenExercise {
  std::string id;
};
struct GoHome {};
// The Reminders screen, from home or from the offer after the first completed session (which it answers).
struct OpenReminders {};
// Moves the app's clock forward as if `seconds` had passed in normal frames (clamped steps). For tests and the
// benchmark, which must simulate long sessions quickly; the UI never sends it.
struct AdvanceTime {
  double seconds = 0;
};

using Action = JoinVariants<std::variant<OpenExercise, GoHome, OpenReminders, AdvanceTime>,
                            SessionAction,                // guided sessions, routines and their settings
                            std::variant<ProgressAction,  // history, goal, backups, storage
                                         SafetyAction,    // safety guidance and comfort settings
                                         DemoAction,      // demonstration speed, pause, scrub and view
                                         ReminderAction>  // desk-break and daily reminders
                            >::type;

}  // namespace ubr
