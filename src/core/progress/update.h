#pragma once
// Applies progress actions to the app state. Called from update(); pure like the rest of the core.
#include "core/app_state.h"
#include "core/progress/actions.h"

#include <string>
#include <string_view>

namespace ubr {

// Changes `state` and returns an empty string, or returns why the action was refused and leaves `state` as it was.
std::string apply_progress_action(AppState& state, const ProgressAction& action);

// Moves sessions the session engine finished (AppState::finished_sessions) into the progress document
// (the RecordFinishedSessions action).
void absorb_finished_sessions(AppState& state);

// The app version written into stored documents and backups.
std::string_view progress_app_version();

}  // namespace ubr
