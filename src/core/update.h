#pragma once
// The core's two entry points: update() applies an action, advance() moves time on. Both are pure: the platform
// passes in what they need (the catalogue, the wall clock) and carries out the effects they return (store a
// document, offer a download, play a cue), so nothing here does I/O or reads a clock.
#include "core/actions.h"
#include "core/app_state.h"
#include "core/base/clock.h"
#include "core/base/join_variants.h"
#include "core/exercises/catalogue.h"
#include "core/progress/update.h"
#include "core/reminders/update.h"
#include "core/safety/update.h"
#include "core/session/update.h"

#include <string>
#include <variant>
#include <vector>

namespace ubr {

// Everything the platform must do after an update or a time step, in the order it was asked for.
using Effect = JoinVariants<SessionEffect, ProgressEffect, SafetyEffect, ReminderEffect>::type;

// What an update needs besides the state. A catalogue alone makes a context without a clock reading (native tests):
// session records are then dated from the time they ran, and exports are named without a date.
struct UpdateContext {
  UpdateContext(const Catalogue& exercises, WallClock reading = {}, std::uint32_t random_number = 0)  // NOLINT
      : catalogue(exercises), now(reading), random(random_number) {}
  const Catalogue& catalogue;
  WallClock now;  // stamps session starts and ends, dates exports, tells progress which day it is
  // A random number the platform draws for each action, like the clock an argument, so update() stays pure: it
  // tells apart routines that two tabs create in the same millisecond.
  std::uint32_t random;
  // Whether this tab is the one that shows reminders (of several open tabs, one holds the platform's lock); the
  // others follow the schedule silently.
  bool reminders_leader = true;
};

struct UpdateResult {
  AppState state;
  std::string error;  // why the action was rejected; empty when it was applied
  std::vector<Effect> effects;
  bool ok() const { return error.empty(); }
};

// Applies one action. A rejected action leaves the state as it was, says why and asks for nothing.
UpdateResult update(const AppState& state, const Action& action, const UpdateContext& context);

struct StepResult {
  AppState state;
  std::vector<Effect> effects;
};

// Moves time forward by dt seconds. Large steps (a hidden tab, a debugger pause) are clamped so nothing jumps.
StepResult advance(const AppState& state, double dt_seconds, const UpdateContext& context);

constexpr double kMaxTimeStepSeconds = 0.25;
constexpr double kMaxAdvanceSeconds = 4 * 3600.0;  // bound on one AdvanceTime action

// True while something on screen moves or counts down by itself (a playing demonstration, a running session timer).
// The platform loop draws continuously only then; otherwise it redraws on input alone, to spare the battery.
bool needs_continuous_frames(const AppState& state);

}  // namespace ubr
