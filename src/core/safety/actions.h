#pragma once
// The actions of the safety guidance and comfort settings, as one alternative of ubr::Action (SafetyAction).
// update.h applies them; json.h reads the ones the page may send.
#include "core/safety/safety.h"

#include <optional>
#include <string>
#include <variant>

namespace ubr {

// The user has read the guidance. Leaves the safety screen, and starts the routine the user asked for before
// reading it, if any (the root update does that, so one button press is one action).
struct AcknowledgeSafety {};
// Shows the guidance; `then_start_routine` remembers a session the user tried to start before acknowledging.
struct OpenSafety {
  std::string then_start_routine;
};
// Leaves the guidance without acknowledging (only offered once it has been acknowledged).
struct CloseSafety {};
// Changes the comfort settings: only the fields present are applied. The action is the change itself
// (safety.h), which the stored document and the automation interface read with the same code.
using UpdateComfort = ComfortChange;
// The browser's preferences, sent at start-up and whenever they change.
struct SetSystemPreferences {
  std::optional<bool> dark;
  std::optional<bool> reduced_motion;
};
// Platform only, at start-up: the stored document (or none) is read and the first-use gate is turned on.
struct RestoreSafety {
  std::optional<std::string> stored;
};

using SafetyAction =
    std::variant<AcknowledgeSafety, OpenSafety, CloseSafety, UpdateComfort, SetSystemPreferences, RestoreSafety>;

}  // namespace ubr
