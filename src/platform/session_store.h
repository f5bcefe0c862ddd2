#pragma once
// Keeps routines and session settings in localStorage (stored_document.h: unreadable text copied aside, written only
// when changed, failures in words).
#include "core/app_state.h"
#include "platform/app_host.h"

#include <string>
#include <vector>

namespace ubr::session_store {

constexpr const char* kSettingsKey = "ubr.sessionSettings";
constexpr const char* kRoutinesKey = "ubr.routines";

// Reads stored settings and routines into the host. Call once at start-up.
void restore(AppHost& host);
// The SaveSessionSettings and SaveRoutines effects.
void save_settings(const AppState& state);
// Merges with what another tab stored since this tab last read or wrote the routines (session/routine_merge.h),
// writes the result, and returns the action that adopts it when it differs from what this tab holds.
std::vector<Action> save_routines(const AppState& state, const Catalogue& catalogue);
// Another tab wrote storage (the `storage` event): adopt its routines, merged with ours.
void routines_changed(AppHost& host);
// Why the last save failed (shown in the routines screen), or empty.
const std::string& problem();
// Where unreadable stored routines were copied (the routines screen names it), or empty.
const std::string& unreadable_routines_key();

}  // namespace ubr::session_store
