#pragma once
// Everything the app shows is derived from AppState; it changes only through update() (actions) and advance()
// (time). The UI, keyboard shortcuts, the page's automation hooks and the tests all take that one path.
#include "core/exercises/demo.h"
#include "core/progress/state.h"
#include "core/reminders/state.h"
#include "core/safety/safety.h"
#include "core/session/routine.h"
#include "core/session/session.h"
#include "core/session/settings.h"

#include <string>

namespace ubr {

// Which screen shows is decided here, at the root, and only by the root update (update.cpp). Features do not see
// this enum: each asks to go somewhere in its own words (SessionNav, SafetyNav, ProgressNav) and the root maps that
// to a screen. So no feature needs to know another's screens, and the rules that span screens (opening progress
// closes the open exercise; leaving the guidance goes home only if the guidance is showing) live in one place.
enum class Screen { Home, Exercise, Session, Routines, Progress, Safety, Reminders };

struct AppState {
  Screen screen = Screen::Home;
  std::string selected_exercise;  // id of the open exercise; empty on the home screen
  DemoState demo;

  // Guided sessions, routines and their settings (session/; the session feature's slice is SessionSlice).
  Session session;
  SessionSettings session_settings;
  std::string settings_load_error;  // why stored settings could not be read; the defaults are used meanwhile
  RoutineBook routines;
  int sessions_started = 0;  // numbers session records, so two started in the same millisecond differ

  // Progress: recorded sessions, goal, statistics and where storage stands.
  ProgressState progress;

  // Safety guidance and comfort: text size, theme, stepped motion (the safety feature's slice is SafetySlice).
  SafetyState safety;
  Comfort comfort;

  // Desk-break and daily reminders: settings, where the schedule stands, and today's and this week's counts.
  RemindersState reminders;
};

const char* screen_name(Screen screen);

}  // namespace ubr
