#pragma once
// The state as JSON for window.app.state(): a stable shape the browser tests and the DOM mirror read.
#include "app_state.h"
#include "catalogue.h"

#include <string>
#include <string_view>

namespace ubr {

std::string state_to_json(const AppState& state, const Catalogue& catalogue, std::string_view app_version);

}  // namespace ubr
