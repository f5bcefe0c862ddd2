#include "app_state.h"

namespace ubr {

const char* screen_name(Screen screen) {
  switch (screen) {
    case Screen::Home: return "home";
    case Screen::Exercise: return "exercise";
  }
  return "unknown";
}

}  // namespace ubr
