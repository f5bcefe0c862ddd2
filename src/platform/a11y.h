#pragma once
// The platform side of accessibility and comfort (a11y.cpp, twin of web/a11y.js; a11y_comfort.cpp): hands the UI's
// published frame to the page's DOM mirror and takes activations back, and applies the comfort settings (theme,
// text size) to ImGui. main.cpp calls these at the marked points of its loop; they cost almost nothing when nothing
// changed.
#include "core/app_state.h"
#include "platform/app_host.h"
#include "ui/ui.h"

struct SDL_Window;

namespace ubr::a11y_platform {

// Before ImGui::NewFrame: follows the theme and text size of `state` (rebuilding the font atlas on a new size).
// The first call, at start-up, builds the atlas; `ui.fonts.body` stays null if the font could not be loaded.
void apply_comfort(const AppState& state, SDL_Window* window, UiState& ui);
// After ImGui::Render: sends the frame the UI published (items, announcement, session running) to the page as the
// `ubr-frame` event (platform/web_api.h) if it differs from the last one sent.
void publish_frame();
// True once after the page asked for something that needs a frame (focus moved to an item, insets changed).
bool take_redraw_request();

}  // namespace ubr::a11y_platform
