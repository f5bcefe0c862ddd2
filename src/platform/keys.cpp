#include "platform/keys.h"

#include "platform/web_api.h"

#include <string_view>

namespace ubr::keys {
namespace {
Key from_sdl(SDL_Keycode code) {
  switch (code) {
    case SDLK_SPACE:
      return Key::Space;
    case SDLK_LEFT:
      return Key::Left;
    case SDLK_RIGHT:
      return Key::Right;
    case SDLK_ESCAPE:
      return Key::Escape;
    default:
      return Key::Other;
  }
}

// KeyboardEvent.key as the page sees it ("Spacebar" and "Esc" are older browsers' names).
Key from_dom(std::string_view name) {
  if (name == " " || name == "Spacebar") return Key::Space;
  if (name == "ArrowLeft") return Key::Left;
  if (name == "ArrowRight") return Key::Right;
  if (name == "Escape" || name == "Esc") return Key::Escape;
  return Key::Other;
}

bool apply(Key key, AppHost& host) {
  const std::optional<Action> action = session_action(host.state(), key);
  if (action) host.apply(*action);
  return action.has_value();
}
}  // namespace

std::optional<Action> session_action(const AppState& state, Key key) {
  if (state.screen != Screen::Session || !state.session.active) return std::nullopt;
  const bool running = session_running(state.session);
  switch (key) {
    case Key::Space:
      if (!running) return std::nullopt;
      if (state.session.paused) return ResumeSession{};
      return PauseSession{};
    case Key::Right:
      if (!running) return std::nullopt;
      return NextStep{};
    case Key::Left:
      if (!running) return std::nullopt;
      return PreviousStep{};
    case Key::Escape:
      if (running) return EndSession{};
      return CloseSession{};
    case Key::Other:
      return std::nullopt;
  }
  return std::nullopt;
}

bool handle_key(const SDL_Event& event, AppHost& host) {
  if (event.type != SDL_KEYDOWN || event.key.repeat != 0) return false;
  return apply(from_sdl(event.key.keysym.sym), host);
}

}  // namespace ubr::keys

// A key pressed while focus is in the page rather than on the canvas (web/keys.js), named as KeyboardEvent.key;
// returns 1 when it was a session key and was used, so the page keeps it from doing anything else (scrolling).
UBR_EXPORT int ubr_session_key(const char* name) {
  ubr::AppHost* host = ubr::running_app();
  if (host == nullptr || name == nullptr) return 0;
  return ubr::keys::apply(ubr::keys::from_dom(name), *host) ? 1 : 0;
}
