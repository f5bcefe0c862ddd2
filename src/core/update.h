#pragma once
#include "core/actions.h"
#include "core/app_state.h"
#include "core/exercises/catalogue.h"

#include <string>

namespace ubr {

struct UpdateResult {
  AppState state;
  std::string error;  // why the action was rejected; empty when it was applied
  bool ok() const { return error.empty(); }
};

// Applies one action. A rejected action leaves the state as it was and says why.
UpdateResult update(const AppState& state, const Action& action, const Catalogue& catalogue);

// Moves time forward by dt seconds. Large steps (a hidden tab, a debugger pause) are clamped so nothing jumps.
AppState advance(const AppState& state, double dt_seconds);

constexpr double kMaxTimeStepSeconds = 0.25;
constexpr double kMaxAdvanceSeconds = 4 * 3600.0;  // bound on one AdvanceTime action

// True while something on screen moves or counts down by itself (a playing demonstration, a running session timer).
// The platform loop draws continuously only then; otherwise it redraws on input alone, to spare the battery.
bool needs_continuous_frames(const AppState& state);

}  // namespace ubr
