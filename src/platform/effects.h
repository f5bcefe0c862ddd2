#pragma once
// Carries out the effects the core returns (core/update.h): stores documents, offers downloads, opens the file
// picker, plays cues, holds the wake lock. What the core must learn from it (a merged document, how storage
// stands) comes back as actions, which the host applies like any other.
#include "core/actions.h"
#include "core/app_state.h"
#include "core/update.h"

#include <vector>

namespace ubr::effects {

// `catalogue` checks documents read back from storage (another tab's routines) as the core would.
std::vector<Action> carry_out(const Effect& effect, const AppState& state, const Catalogue& catalogue);

}  // namespace ubr::effects
