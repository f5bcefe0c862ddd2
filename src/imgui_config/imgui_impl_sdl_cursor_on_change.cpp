// Dear ImGui's SDL2 platform backend (backends/imgui_impl_sdl.cpp), setting the mouse cursor only when it changes.
//
// The backend calls SDL_SetCursor on every frame it draws, and SDL's Emscripten driver answers each call by setting
// the canvas's CSS cursor from JavaScript: a few percent of a frame, profiled in Chromium, for a cursor that almost
// never changes. Here the call goes through only when the cursor differs from the one SDL already shows.
#include <SDL.h>  // included first, so its declarations are not renamed by the macro below

namespace {
void set_cursor_on_change(SDL_Cursor* cursor) {
  if (cursor != nullptr && cursor == SDL_GetCursor()) return;
  SDL_SetCursor(cursor);
}
}  // namespace

#define SDL_SetCursor set_cursor_on_change
#include "backends/imgui_impl_sdl.cpp"
