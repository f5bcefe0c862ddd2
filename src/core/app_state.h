#pragma once
// Everything the app shows is derived from AppState; it changes only through update() (actions) and advance()
// (time). The UI, keyboard shortcuts, the page's automation hooks and the tests all take that one path.
#include <string>

namespace ubr {

enum class Screen { Home, Exercise };

struct DemoState {
  double time_seconds = 0;  // position in the demonstration's loop
};

struct AppState {
  Screen screen = Screen::Home;
  std::string selected_exercise;  // id of the open exercise; empty on the home screen
  DemoState demo;
};

const char* screen_name(Screen screen);

}  // namespace ubr
