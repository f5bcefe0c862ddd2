#pragma once
// Keeps routines and session settings in localStorage (stored_document.h: unreadable text copied aside, written only
// when changed, failures in words).
#include "core/app_state.h"
#include "platform/app_host.h"

#include <string>

namespace ubr::session_store {

constexpr const char* kSettingsKey = "ubr.sessionSettings";
constexpr const char* kRoutinesKey = "ubr.routines";

// Reads stored settings and routines into the host. Call once at start-up.
void restore(AppHost& host);
// The SaveSessionSettings and SaveRoutines effects.
void save_settings(const AppState& state);
void save_routines(const AppState& state);
// Why the last save failed (shown in the routines screen), or empty.
const std::string& problem();
// Where unreadable stored routines were copied (the routines screen names it), or empty.
const std::string& unreadable_routines_key();

}  // namespace ubr::session_store
