#pragma once
// The safety and comfort parts of the automation interface: actions read from JSON, and what state() reports.
#include "core/app_state.h"
#include "core/automation_json.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

namespace ubr {

// Empty when `type` is not a safety or comfort action; otherwise the action or why it is malformed.
std::optional<ActionParse> parse_safety_action(std::string_view type, const nlohmann::json& json);

nlohmann::json safety_to_state_json(const AppState& state);   // state().safety
nlohmann::json comfort_to_state_json(const AppState& state);  // state().comfort

}  // namespace ubr
