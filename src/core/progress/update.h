#pragma once
// Applies progress actions to the progress part of the app state. Called from the root update; pure like the rest
// of the core.
#include "core/base/clock.h"
#include "core/progress/actions.h"
#include "core/progress/state.h"
#include "core/session/record.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ubr {

// Where a progress action asks the app to go. The root update turns it into a screen: only the root decides screens.
enum class ProgressNav : std::uint8_t {
  ShowProgress,
};

// What the platform must do for progress tracking, returned as values (the core does no I/O).
struct SaveProgress {};  // the document changed: store it (merged with what another tab may have stored)
struct Download {        // offer a file as a download
  std::string file_name;
  std::string mime_type;
  std::string text;
};
struct OpenFilePicker {};  // let the user choose a backup file; its text comes back as ImportFileLoaded
using ProgressEffect = std::variant<SaveProgress, Download, OpenFilePicker>;

struct ProgressOutcome {
  std::string error;  // why the action was refused; empty when applied
  std::optional<ProgressNav> nav;
  std::vector<ProgressEffect> effects;
};

// Changes `progress`, or, refusing the action, leaves it exactly as it was. `now` dates export files and bounds the
// start times an import may hold.
ProgressOutcome apply_progress_action(ProgressState& progress, const ProgressAction& action, const WallClock& now);

// Adds the record of a session the session engine finished to the history; one already there (delivered twice) is
// skipped. The root update calls it whenever a session ends.
ProgressOutcome record_finished_session(ProgressState& progress, SessionRecord record);

// Follows the clock: when the local day changes (midnight, a new time zone), streaks and the calendar follow.
void observe_clock(ProgressState& progress, const WallClock& now);

// The app version written into stored documents and backups.
std::string_view progress_app_version();

}  // namespace ubr
