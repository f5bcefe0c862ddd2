#pragma once
// Actions as JSON, for the page's automation interface: {"type": "openExercise", "id": "arm-slides"}.
#include "actions.h"

#include <optional>
#include <string>
#include <string_view>

namespace ubr {

struct ActionParse {
  std::optional<Action> action;
  std::string error;  // e.g. "unknown action type 'fly'"
};

ActionParse parse_action(std::string_view json_text);

}  // namespace ubr
