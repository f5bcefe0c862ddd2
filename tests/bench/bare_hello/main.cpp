// A bare ImGui 1.86 + SDL2 + WebGL2 page drawing one window, as in ImGui's own SDL2/OpenGL3 example: the
// smallest and fastest this stack gets, against which the benchmark reports the app's figures.
#include "platform/frame_stats.h"

#include <SDL.h>
#include <SDL_opengles2.h>
#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>
#include <cstddef>

namespace {
SDL_Window* g_window = nullptr;
// With "?still" in the page's address the page draws its first few frames and then nothing, as the app does when
// idle: what the stack alone costs a page load (scripts/lighthouse-tasks.mjs build/web/bench-hello mobile still).
bool g_still = false;
int g_frames = 0;
constexpr int kStillFrames = 3;

void Frame() {
  using ubr::frame_stats::Stage;
  if (g_still && g_frames >= kStillFrames) return;
  ++g_frames;
  ubr::frame_stats::StageClock clock;
  SDL_Event event;
  while (SDL_PollEvent(&event)) ImGui_ImplSDL2_ProcessEvent(&event);
  clock.mark(Stage::Input);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  ImGui::Begin("Hello");
  ImGui::Text("Hello, world");
  ImGui::End();
  ImGui::Render();
  clock.mark(Stage::Ui);
  const ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  glClearColor(0.95f, 0.95f, 0.95f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(g_window);
  clock.mark(Stage::Gl);
  ubr::frame_stats::record_frame(clock.stages(), true);  // like ImGui's own example: every frame is drawn
}
}  // namespace

int main(int, char**) {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) return 1;
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  g_window = SDL_CreateWindow("hello", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 800,
                              SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  if (g_window == nullptr) return 1;
  SDL_GLContext context = SDL_GL_CreateContext(g_window);
  if (context == nullptr) return 1;
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  // ImGui's own font, added explicitly: the shared imgui library no longer adds it by itself
  // (src/imgui_config/imgui_draw_without_default_font.cpp), and a hello page needs a font as much as the app does.
  ImGui::GetIO().Fonts->AddFontDefault();
  ImGui_ImplSDL2_InitForOpenGL(g_window, context);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  g_still = EM_ASM_INT({ return new URLSearchParams(location.search).has('still') ? 1 : 0; }) != 0;
  emscripten_set_main_loop(Frame, 0, true);
  return 0;
}
