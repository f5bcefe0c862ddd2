#pragma once
// The progress feature as JSON for window.app (docs/automation.md, "Progress"): its actions read from the page, and
// the progress member of state(). The stored document and backups have their own format (document.h).
#include "core/base/json_reader.h"
#include "core/progress/actions.h"
#include "core/progress/state.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace ubr {

// The parsed action (or the reason it is malformed) when `type` is a progress action; nothing otherwise.
std::optional<Parsed<ProgressAction>> parse_progress_action(std::string_view type, const nlohmann::json& json);

nlohmann::json progress_to_state_json(const ProgressState& progress);

// What the user is told about storage, in plain words; empty when all is well.
std::string storage_warning(const StorageStatus& status);

// The calm advice shown when pain after a session was higher than before it.
extern const char* const kPainRoseAdvice;

}  // namespace ubr
