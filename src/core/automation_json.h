#pragma once
// window.app's JSON (docs/automation.md): an action read from the page (each feature reads its own), and the
// whole state written for state(). An automation and test hook: the page's own UI never reads it.
#include "core/actions.h"
#include "core/app_state.h"
#include "core/base/clock.h"
#include "core/base/json_reader.h"
#include "core/exercises/catalogue.h"

#include <optional>
#include <string>
#include <string_view>

namespace ubr {

// The action, or why it could not be read (e.g. "unknown action type 'fly'"). Any action may carry the wall clock
// to apply it with ("clock"), so tests give exact times; without one the platform's clock is used.
struct ActionParse {
  std::optional<Action> action;
  std::string error;
  std::optional<WallClock> clock;
};

ActionParse parse_action(std::string_view json_text);

std::string state_to_json(const AppState& state, const Catalogue& catalogue, std::string_view app_version);

}  // namespace ubr
