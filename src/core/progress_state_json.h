#pragma once
// The `progress` member of window.app.state() (documented in docs/automation.md).
#include "progress_state.h"

#include <nlohmann/json.hpp>

#include <string>

namespace ubr {

nlohmann::json progress_to_state_json(const ProgressState& progress);

// What the user is told about storage, in plain words; empty when all is well.
std::string storage_warning(const StorageStatus& status);

// The calm advice shown when pain after a session was higher than before it.
extern const char* const kPainRoseAdvice;

}  // namespace ubr
