#pragma once
// The guided session's keys (Space pause or resume, -> next, <- back, Esc end, and Esc leaves the summary), mapped in
// one place to the actions the session's buttons dispatch, for both ways a key reaches the app: SDL's key events
// while the canvas has focus, and the page's keydown listener (web/keys.js, the twin of this file) while focus is in
// the DOM mirror (its heading, a button), which SDL does not hear; the page calls the export ubr_session_key.
#include "core/actions.h"
#include "core/app_state.h"
#include "platform/app_host.h"

#include <SDL.h>

#include <cstdint>
#include <optional>

namespace ubr::keys {

enum class Key : std::uint8_t { Other, Space, Left, Right, Escape };

// What `key` does on this state: the action of the session control it stands for, or nothing.
std::optional<Action> session_action(const AppState& state, Key key);
// An SDL event: applies a session key's action; true when the key was used (ImGui's keyboard navigation, which uses
// the same keys, then does not see it).
bool handle_key(const SDL_Event& event, AppHost& host);

}  // namespace ubr::keys
