#pragma once
// The session feature as JSON for window.app (docs/automation.md): its actions read from the page, and the session,
// routines and settings parts of state().
#include "core/base/json_reader.h"
#include "core/exercises/catalogue.h"
#include "core/session/actions.h"
#include "core/session/routine.h"
#include "core/session/session.h"
#include "core/session/settings.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

namespace ubr {

// Empty when `type` is not a session action; otherwise the action or why it is malformed.
std::optional<Parsed<SessionAction>> parse_session_action(std::string_view type, const nlohmann::json& json);

nlohmann::json session_to_json(const Session& session);                                      // state().session
nlohmann::json routines_to_state_json(const RoutineBook& book, const Catalogue& catalogue);  // state().routines

}  // namespace ubr
