#pragma once
// The session feature as JSON for window.app (docs/automation.md): its actions read from the page, and the session,
// routines and settings parts of state().
#include "core/app_state.h"
#include "core/automation_json.h"
#include "core/exercises/catalogue.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

namespace ubr {

// Empty when `type` is not a session action; otherwise the action or why it is malformed.
std::optional<ActionParse> parse_session_action(std::string_view type, const nlohmann::json& json);

nlohmann::json session_to_json(const Session& session);
nlohmann::json routines_to_state_json(const AppState& state, const Catalogue& catalogue);
nlohmann::json session_settings_to_json(const AppState& state);

}  // namespace ubr
