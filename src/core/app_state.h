#pragma once
// Everything the app shows is derived from AppState; it changes only through update() (actions) and advance()
// (time). The UI, keyboard shortcuts, the page's automation hooks and the tests all take that one path.
#include "core/exercises/demo.h"
#include "core/progress/state.h"
#include "core/safety/safety.h"
#include "core/session/record.h"
#include "core/session/routine.h"
#include "core/session/session.h"
#include "core/session/settings.h"

#include <string>
#include <vector>

namespace ubr {

enum class Screen { Home, Exercise, Session, Routines, Progress, Safety };

struct AppState {
  Screen screen = Screen::Home;
  std::string selected_exercise;  // id of the open exercise; empty on the home screen
  DemoState demo;

  // Guided sessions (issue 4).
  Session session;
  SessionSettings session_settings;
  std::string settings_load_error;  // why stored settings could not be read; the defaults are used meanwhile
  RoutineBook routines;
  int sessions_started = 0;  // numbers session records, so two started in the same millisecond differ
  // Records of sessions that ended (completed or early), oldest first. Progress tracking moves them into its stored
  // history; the session engine only appends.
  std::vector<SessionRecord> finished_sessions;

  // Progress (issue 5): recorded sessions, goal, statistics and where storage stands.
  ProgressState progress;

  // Safety guidance and comfort: text size, theme, stepped motion (issue 7).
  SafetyState safety;
  Comfort comfort;
};

const char* screen_name(Screen screen);

}  // namespace ubr
