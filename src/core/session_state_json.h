#pragma once
// The session part of window.app.state() (docs/automation.md): the session, the routines and the settings.
#include "app_state.h"
#include "catalogue.h"

#include <nlohmann/json.hpp>

namespace ubr {

nlohmann::json session_to_json(const Session& session);
nlohmann::json routines_to_state_json(const AppState& state, const Catalogue& catalogue);
nlohmann::json session_settings_to_json(const AppState& state);

}  // namespace ubr
