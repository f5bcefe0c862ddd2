#pragma once
// Every user intent is one of these values. A feature adds its actions in its own actions.h; the root lists the
// session's actions one by one (the UI dispatches StartSession{...} as it is) and every other feature's as one
// alternative (ProgressAction, SafetyAction, DemoAction).
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
// Hands the records of sessions that ended (AppState::finished_sessions) to progress tracking, which adds them to
// the history. The platform sends it after any action or time step that left some, so a finished session is saved
// at once. Platform only; it has no JSON form.
struct RecordFinishedSessions {};

namespace detail {
template <typename... Variants>
struct JoinVariants;
template <typename... As, typename... Bs, typename... Rest>
struct JoinVariants<std::variant<As...>, std::variant<Bs...>, Rest...>
    : JoinVariants<std::variant<As..., Bs...>, Rest...> {};
template <typename... As>
struct JoinVariants<std::variant<As...>> {
  using type = std::variant<As...>;
};
}  // namespace detail

using Action = detail::JoinVariants<std::variant<OpenExercise, GoHome, AdvanceTime, RecordFinishedSessions>,
                                    SessionAction,                // guided sessions, routines and their settings
                                    std::variant<ProgressAction,  // history, goal, backups, storage
                                                 SafetyAction,    // safety guidance and comfort settings
                                                 DemoAction>      // demonstration speed, pause, scrub and view
                                    >::type;

}  // namespace ubr
