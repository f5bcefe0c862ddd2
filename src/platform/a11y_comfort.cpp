// Follows the comfort settings in ImGui: the light or dark palette, and the text size (the font atlas is
// rasterised again at the new size, so large text stays as sharp as normal text).
#include "core/safety/safety.h"
#include "platform/a11y.h"
#include "platform/unchanged_frame.h"
#include "ui/theme.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <cmath>

#if defined(__EMSCRIPTEN__)
#include <emscripten/emscripten.h>
// clang-format off
EM_JS(void, ubr_a11y_comfort_page_theme, (int dark), {
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
});
// clang-format on
#else
void ubr_a11y_comfort_page_theme(int) {}
#endif

namespace ubr::a11y_platform {
namespace {
bool g_theme_applied = false;
bool g_dark = false;
float g_text_scale = 1.0f;

float pixel_ratio(SDL_Window* window) {
  int window_w = 0, drawable_w = 0, h = 0;
  SDL_GetWindowSize(window, &window_w, &h);
  SDL_GL_GetDrawableSize(window, &drawable_w, &h);
  return window_w > 0 ? static_cast<float>(drawable_w) / static_cast<float>(window_w) : 1.0f;
}
}  // namespace

void apply_comfort(const AppState& state, SDL_Window* window, UiState& ui) {
  const bool dark = uses_dark_theme(state.comfort);
  if (!g_theme_applied || dark != g_dark) {
    g_theme_applied = true;
    g_dark = dark;
    set_dark_theme(dark);
    apply_theme(ImGui::GetStyle());
    ubr_a11y_comfort_page_theme(dark ? 1 : 0);  // the page's own controls and loading screen match
  }
  const auto scale = static_cast<float>(state.comfort.settings.text_scale);
  // The first call builds the atlas (main.cpp's start-up, after the stored settings are read), so it is rasterised
  // once, at the size the person chose, instead of at 100 % and then again.
  if (ui.fonts.body != nullptr && std::fabs(scale - g_text_scale) < 0.001f) return;
  ImGuiIO& io = ImGui::GetIO();
  // Before the renderer's device objects exist there is no texture yet: the renderer uploads the atlas with them.
  const bool had_texture = io.Fonts->TexID != nullptr;
  if (had_texture) ImGui_ImplOpenGL3_DestroyFontsTexture();
  UiFonts fonts = load_fonts(io, pixel_ratio(window), scale);
  if (fonts.body == nullptr) {  // keep what worked; the old atlas is rebuilt at its old size
    fonts = load_fonts(io, pixel_ratio(window), g_text_scale);
  } else {
    g_text_scale = scale;
  }
  ui.fonts = fonts;
  if (had_texture) ImGui_ImplOpenGL3_CreateFontsTexture();
  unchanged_frame::forget();
}

}  // namespace ubr::a11y_platform
