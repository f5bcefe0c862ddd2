#pragma once
// Applies the safety and comfort actions, and holds the one rule other actions must respect: no guided session
// starts before the safety guidance has been acknowledged (once the platform has turned the gate on).
#include "core/actions.h"
#include "core/app_state.h"

#include <optional>
#include <string>

namespace ubr {

// Returns why the action was rejected, or an empty string after applying it.
std::string apply_safety_action(AppState& state, const SafetyAction& action);

// True when `action` would start a session that must wait for the safety guidance: the root update then shows the
// guidance instead, remembering the routine, and starts it when the guidance is acknowledged.
bool safety_gate_closed(const AppState& state, const Action& action);

}  // namespace ubr
