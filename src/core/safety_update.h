#pragma once
// Applies the safety and comfort actions, and holds the one rule other actions must respect: no guided session
// starts before the safety guidance has been acknowledged (once the platform has turned the gate on).
#include "actions.h"
#include "app_state.h"

#include <optional>
#include <string>

namespace ubr {

// Returns why the action was rejected, or an empty string after applying it.
std::string apply_safety_action(AppState& state, const SafetyAction& action);

// Why `action` may not run in `state` because of the safety guidance, or an empty string.
std::string safety_gate(const AppState& state, const Action& action);

// What the UI does instead of an action the gate would refuse: asking to start a session before acknowledging
// shows the guidance, remembering the routine. Empty when the action may go ahead as it is.
std::optional<Action> safety_detour(const AppState& state, const Action& action);

}  // namespace ubr
