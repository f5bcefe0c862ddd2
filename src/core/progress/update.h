#pragma once
// Applies progress actions to the progress part of the app state. Called from the root update; pure like the rest
// of the core.
#include "core/progress/actions.h"
#include "core/progress/state.h"
#include "core/session/record.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ubr {

// Where a progress action asks the app to go. The root update turns it into a screen: only the root decides screens.
enum class ProgressNav : std::uint8_t {
  ShowProgress,
};

struct ProgressOutcome {
  std::string error;  // why the action was refused; empty when applied
  std::optional<ProgressNav> nav;
};

// Changes `progress`, or, refusing the action, leaves it as it was but for the import message (the screen says why
// an import failed).
ProgressOutcome apply_progress_action(ProgressState& progress, const ProgressAction& action);

// Adds the records of sessions the session engine finished to the history; one already there (delivered twice) is
// skipped. The root update calls it for RecordFinishedSessions.
void record_finished_sessions(ProgressState& progress, std::vector<SessionRecord> records);

// The app version written into stored documents and backups.
std::string_view progress_app_version();

}  // namespace ubr
