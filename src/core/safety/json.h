#pragma once
// The safety and comfort parts of the automation interface: actions read from JSON, and what state() reports.
#include "core/base/json_reader.h"
#include "core/safety/actions.h"
#include "core/safety/safety.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

namespace ubr {

// Empty when `type` is not a safety or comfort action; otherwise the action or why it is malformed.
std::optional<Parsed<SafetyAction>> parse_safety_action(std::string_view type, const nlohmann::json& json);

nlohmann::json safety_to_state_json(const SafetyState& safety);  // state().safety
nlohmann::json comfort_to_state_json(const Comfort& comfort);    // state().comfort

}  // namespace ubr
