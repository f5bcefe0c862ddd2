#pragma once
// The platform side of guided sessions: reads and saves routines and session settings (localStorage), stamps the
// wall clock on start/end actions, turns keys into session controls, and plays the core's cues (sound, voice)
// and holds the screen wake lock while a session runs.
#include "platform/app_host.h"

#include <SDL.h>

#include <string>

namespace ubr::session_platform {

constexpr const char* kSettingsKey = "ubr.sessionSettings";
constexpr const char* kRoutinesKey = "ubr.routines";
// Where unreadable stored routines are copied before anything is saved over them.
constexpr const char* kUnreadableRoutinesKey = "ubr.routines.unreadable";

// Reads stored settings and routines into the host. Call once at start-up.
void restore(AppHost& host);
// Fills in the current wall clock on StartSession and EndSession actions that carry none.
Action with_wall_clock(Action action);
// Space pause/resume, → next, ← previous, Esc end (and leave the summary). True when the key was used.
bool handle_key(const SDL_Event& event, AppHost& host);
// After each frame's time step: plays cues, takes or releases the wake lock, saves changed settings and routines.
void tick(const AppState& state);
// Why the last save failed (shown in the routines screen), or empty.
const std::string& storage_problem();

}  // namespace ubr::session_platform
