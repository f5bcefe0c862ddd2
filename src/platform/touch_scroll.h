#pragma once
// A finger dragged up or down the canvas scrolls what is under it, as on any phone page. SDL turns touches into mouse
// events, and ImGui takes a mouse drag on a window's background as nothing (and one that starts on a button as a held
// button), so without this a phone user could reach what lies below the fold only through the page's mirror. Taps
// stay taps (the finger must move a few pixels first), and a drag that starts on something that takes drags itself
// (a slider, a text field, the figure that orbits, see ui/widgets.h keeps_touch_drags) stays with it.
#include <SDL.h>

namespace ubr::touch_scroll {

// Each SDL event, before ImGui sees it (ImGui still sees every event).
void observe(const SDL_Event& event);

}  // namespace ubr::touch_scroll
