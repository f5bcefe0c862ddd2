#pragma once
// Applies the safety and comfort actions to their part of the app state. The one rule other actions must respect
// (no guided session starts before the guidance is acknowledged: guidance_required in safety.h) is enforced by the
// root update, which sees every action.
#include "core/safety/actions.h"
#include "core/safety/safety.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace ubr {

// The members of the app state that the safety feature owns (AppState keeps them as members of its own, which the
// UI and the platform read by name).
struct SafetySlice {
  SafetyState& safety;
  Comfort& comfort;
};

// Where a safety action asks the app to go. The root update turns it into a screen: only the root decides screens.
enum class SafetyNav : std::uint8_t {
  ShowGuidance,
  LeaveGuidance,  // back home, if the guidance is what is showing
};

// What the platform must do for the safety feature, returned as a value (the core does no I/O).
struct SaveSafety {};  // the acknowledgement or a comfort setting changed: store them
using SafetyEffect = std::variant<SaveSafety>;

struct SafetyOutcome {
  std::string error;  // why the action was refused (the root then keeps the state as it was); empty when applied
  std::optional<SafetyNav> nav;
  std::vector<SafetyEffect> effects;
};

SafetyOutcome apply_safety_action(SafetySlice slice, const SafetyAction& action);

}  // namespace ubr
