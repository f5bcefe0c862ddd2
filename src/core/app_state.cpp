#include "core/app_state.h"

namespace ubr {

const char* screen_name(Screen screen) {
  switch (screen) {
    case Screen::Home:
      return "home";
    case Screen::Exercise:
      return "exercise";
    case Screen::Session:
      return "session";
    case Screen::Routines:
      return "routines";
    case Screen::Safety:
      return "safety";
    case Screen::Progress:
      return "progress";
    case Screen::Reminders:
      return "reminders";
  }
  return "unknown";
}

}  // namespace ubr
