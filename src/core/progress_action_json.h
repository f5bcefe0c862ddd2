#pragma once
// Progress actions from the automation interface's JSON (see docs/automation.md, "Progress").
#include "action_json.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

namespace ubr {

// The parsed action (or the reason it is malformed) when `type` is a progress action; nothing otherwise.
std::optional<ActionParse> parse_progress_action(std::string_view type, const nlohmann::json& json);

}  // namespace ubr
