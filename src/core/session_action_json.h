#pragma once
// Reads the guided-session actions from JSON (docs/automation.md lists them). action_json.cpp asks here for any
// type it does not know itself.
#include "action_json.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

namespace ubr {

// Empty when `type` is not a session action; otherwise the action or why it is malformed.
std::optional<ActionParse> parse_session_action(std::string_view type, const nlohmann::json& json);

}  // namespace ubr
