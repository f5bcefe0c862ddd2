#pragma once
// The ImGui screens. They read const state and express every intent as an Action; they never change AppState.
#include "core/actions.h"
#include "core/app_state.h"
#include "core/exercises/catalogue.h"
#include "ui/fonts.h"
#include "ui/progress_ui.h"
#include "ui/session_view.h"

#include <functional>
#include <string>

namespace ubr {

using Dispatch = std::function<void(Action)>;

// What only the platform knows (the browser, storage) and the screens show. The platform fills it in before each
// frame, so the screens never ask the platform themselves (ui/ never includes platform/).
struct PlatformInfo {
  bool voice_available = false;         // the browser has a local (offline) voice for spoken cues
  std::string routines_save_problem;    // why routines or session settings could not be saved, or empty
  std::string unreadable_routines_key;  // the storage key unreadable stored routines are copied to
  // Notification permission: "granted", "denied", "default" (not asked) or "unsupported"; reminders fall back to the
  // in-app banner without it.
  std::string notification_permission = "unsupported";
  std::string reminders_save_problem;  // why reminder settings could not be saved, or empty
};

// Widget-only state that is not part of the app's model (scroll positions live in ImGui itself).
struct UiState {
  UiFonts fonts;
  ProgressUi progress;    // calendar month, confirmations, the pain/note editor
  PlatformInfo platform;  // filled in by the platform before each frame
  SessionSeen announced;  // the session as the page's live region last heard of it (session_view.h)
};

void draw_ui(const AppState& state, const Catalogue& catalogue, const Dispatch& dispatch, UiState& ui);

// The screens, one file each.
void draw_home_screen(const AppState& state, const Catalogue& catalogue, const Dispatch& dispatch, const UiState& ui);
// History, calendar, streaks, pain chart and backups (progress_screen.cpp and its parts).
void draw_progress_screen(const AppState& state, const Catalogue& catalogue, const Dispatch& dispatch, UiState& ui);
void draw_exercise_screen(const AppState& state, const Exercise& exercise, const MotionLibrary& motion,
                          const Dispatch& dispatch, const UiState& ui);
// Safety guidance (before the first session, and on request) and the display choices under the home screen.
void draw_safety_screen(const AppState& state, const Dispatch& dispatch, const UiState& ui);
// Guided sessions: the session itself (session_screen.cpp) and choosing or editing a routine (routines_screen.cpp).
void draw_session_screen(const AppState& state, const Catalogue& catalogue, const Dispatch& dispatch,
                         const UiState& ui);
void draw_routines_screen(const AppState& state, const Catalogue& catalogue, const Dispatch& dispatch,
                          const UiState& ui);
void draw_comfort_controls(const AppState& state, const Dispatch& dispatch, const UiState& ui);
// Desk-break and daily reminders (reminders_screen.cpp); the waiting reminder's banner over every screen, and the
// offer to turn reminders on after the first completed session (reminder_banner.cpp).
void draw_reminders_screen(const AppState& state, const Catalogue& catalogue, const Dispatch& dispatch,
                           const UiState& ui);
void draw_reminder_banner(const AppState& state, const Dispatch& dispatch, const UiState& ui);
void draw_reminder_offer(const AppState& state, const Dispatch& dispatch, const UiState& ui);

}  // namespace ubr
