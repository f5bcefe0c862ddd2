// The platform shell: creates the window and GL context, runs one loop body per browser frame, and feeds the core
// with time and the UI with state. Everything the app decides lives in core/; this file only wires.
#include "core/exercises/catalogue.h"
#include "core/update.h"
#include "platform/a11y.h"
#include "platform/app_host.h"
#include "platform/cues.h"
#include "platform/frame_stats.h"
#include "platform/keys.h"
#include "platform/progress_store.h"
#include "platform/reminders.h"
#include "platform/reminders_store.h"
#include "platform/safety_store.h"
#include "platform/session_store.h"
#include "platform/touch_scroll.h"
#include "platform/unchanged_frame.h"
#include "platform/web_api.h"
#include "ui/theme.h"
#include "ui/ui.h"

#include <embedded_content.h>
#include <nlohmann/json.hpp>

#include <SDL.h>
#include <SDL_opengles2.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <cstddef>
#include <cstdio>
#include <memory>
#include <string>

#if defined(__EMSCRIPTEN__)
#include <emscripten/emscripten.h>
#endif

namespace {

struct Shell {
  SDL_Window* window = nullptr;
  SDL_GLContext gl_context = nullptr;
  std::unique_ptr<ubr::AppHost> host;
  ubr::UiState ui;
  Uint64 last_counter = 0;
  bool first_frame_shown = false;
  int frames_built_unshown = 0;
  // ImGui needs a few frames after an input or a change to settle hover, focus and layout; after that, nothing
  // is drawn until something happens.
  int frames_to_settle = 0;
};

constexpr int kSettleFrames = 3;
// At start: show the first frame once two frames built in a row are the same, or at the latest this many frames in.
constexpr int kMostFramesBeforeShowing = 4;

Shell g_shell;

// Start-up failed: the page (web/main.js) replaces the canvas with this message.
bool Fail(const std::string& what) {
  std::fprintf(stderr, "%s\n", what.c_str());
  ubr::web_api::emit("fatalerror", nlohmann::json{{"message", what}}.dump());
  return false;
}

// 1. Load the catalogue embedded at build time, with the exercises' motion clips (parsed when first shown).
bool LoadCatalogue(Shell& shell) {
  const auto text = ubr::content::find("exercises.json");
  if (!text) return Fail("The exercise catalogue is missing from this build.");
  ubr::CatalogueParse parsed = ubr::parse_catalogue(*text, "exercises.json");
  if (!parsed.catalogue) return Fail("The exercise catalogue could not be read: " + parsed.error);
  parsed.catalogue->motion = ubr::embedded_motion();
  shell.host = std::make_unique<ubr::AppHost>(std::move(*parsed.catalogue));
  ubr::set_running_app(shell.host.get());
  return true;
}

// 2. Create a window backed by a WebGL2 (OpenGL ES 3) context that follows the page's size and pixel ratio.
bool CreateWindowAndContext(Shell& shell) {
  // Keyboard events go to the canvas only, so the page's own controls keep working.
  SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    return Fail(std::string("SDL could not start: ") + SDL_GetError());
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
  const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  shell.window =
      SDL_CreateWindow("Upper Back Relief", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 800, flags);
  if (shell.window == nullptr) return Fail(std::string("The window could not be created: ") + SDL_GetError());
  shell.gl_context = SDL_GL_CreateContext(shell.window);
  if (shell.gl_context == nullptr) {
    return Fail(std::string("WebGL2 is not available in this browser (") + SDL_GetError() +
                "). Try an up-to-date Chrome, Edge, Firefox or Safari.");
  }
  SDL_GL_MakeCurrent(shell.window, shell.gl_context);
  return true;
}

// 3. Set up ImGui with our theme; the font comes later (LoadFonts), once the stored text size is known.
bool SetUpImGui(Shell& shell) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing to persist about window layout on the web
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ubr::apply_theme(ImGui::GetStyle());
  if (!ImGui_ImplSDL2_InitForOpenGL(shell.window, shell.gl_context)) return Fail("ImGui's SDL2 backend failed");
  if (!ImGui_ImplOpenGL3_Init("#version 300 es")) return Fail("ImGui's WebGL2 renderer failed to start");
  return true;
}

// 4. What this browser stored, one store a step (each reads and parses its localStorage document): the safety
// acknowledgement, comfort settings and system preferences; custom routines and session settings; progress (read,
// and kept safe if unreadable; from then on every change is saved); the reminders.
bool RestoreSafety(Shell& shell) {
  ubr::safety_store::restore(*shell.host);
  return true;
}
bool RestoreRoutines(Shell& shell) {
  ubr::session_store::restore(*shell.host);
  return true;
}
bool StartProgress(Shell& shell) {
  ubr::progress_store::start(*shell.host);
  return true;
}
bool RestoreReminders(Shell& shell) {
  ubr::reminders_store::restore(*shell.host);
  return true;
}

// 5. The embedded font, rasterised once for this screen's pixel ratio at the stored text size, in the stored theme.
bool LoadFonts(Shell& shell) {
  ubr::a11y_platform::apply_comfort(shell.host->state(), shell.window, shell.ui);
  if (shell.ui.fonts.body == nullptr) return Fail("The app's font could not be loaded.");
  return true;
}

// 6. The renderer's shaders and the font texture, which the first frame would otherwise make.
bool CreateDeviceObjects(Shell&) {
  if (!ImGui_ImplOpenGL3_CreateDeviceObjects()) return Fail("ImGui's WebGL2 renderer could not compile its shaders");
  return true;
}

// Whether this browser frame must be drawn: on input, on a change of state, while something animates, and for a
// few frames after any of these. Otherwise the frame is skipped, so an idle app costs almost nothing.
bool ShouldDraw(Shell& shell, bool had_events) {
  if (had_events || shell.host->take_changed() || !shell.first_frame_shown) shell.frames_to_settle = kSettleFrames;
  if (ubr::needs_continuous_frames(shell.host->state())) return true;
  if (shell.frames_to_settle > 0) {
    --shell.frames_to_settle;
    return true;
  }
  return false;
}

void MainLoopStep() {
  Shell& shell = g_shell;
  using ubr::frame_stats::Stage;
  ubr::frame_stats::StageClock clock;
  const Uint64 now = SDL_GetPerformanceCounter();
  // 1. Input.
  bool had_events = false;
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    ubr::touch_scroll::observe(event);  // a finger's swipe scrolls, as on a phone's own pages
    // Session keys (Space, arrows, Esc) are taken before ImGui, whose keyboard navigation uses the same keys.
    if (!ubr::keys::handle_key(event, *shell.host)) ImGui_ImplSDL2_ProcessEvent(&event);
    had_events = true;
  }
  if (ubr::a11y_platform::take_redraw_request()) had_events = true;  // the page's DOM mirror moved focus
  if (ubr::reminders::take_permission_change()) had_events = true;   // the Reminders screen says what it allows
  clock.mark(Stage::Input);

  // 2. Time: the core clamps large steps (hidden tab, debugger pause) itself; cues and saves come back as effects.
  const double dt = static_cast<double>(now - shell.last_counter) / static_cast<double>(SDL_GetPerformanceFrequency());
  shell.last_counter = now;
  shell.host->advance(dt);
  if (!ShouldDraw(shell, had_events)) return;
  clock.mark(Stage::Update);

  // 3. UI from state; actions are applied once the frame is built.
  ubr::a11y_platform::apply_comfort(shell.host->state(), shell.window, shell.ui);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  ubr::AppHost& host = *shell.host;
  shell.ui.platform.voice_available = ubr::cues::voice_available();
  shell.ui.platform.routines_save_problem = ubr::session_store::problem();
  shell.ui.platform.unreadable_routines_key = ubr::session_store::unreadable_routines_key();
  shell.ui.platform.notification_permission = ubr::reminders::permission();
  shell.ui.platform.reminders_save_problem = ubr::reminders_store::problem();
  ubr::draw_ui(
      host.state(), host.catalogue(), [&host](ubr::Action action) { host.enqueue(std::move(action)); }, shell.ui);
  ImGui::Render();
  clock.mark(Stage::Ui);
  ubr::a11y_platform::publish_frame();  // the frame just drawn, for the page: DOM mirror, live region, session
  clock.mark(Stage::Mirror);
  host.apply_pending();
  clock.mark(Stage::Actions);

  // 4. Draw, unless the canvas already shows exactly this frame. At start, frames are built but not drawn until two
  // in a row are the same: ImGui sizes auto-fitting windows and scrollbars from the frame before, so the first
  // frames would each be replaced at once, and each canvas frame costs the browser as much as the first (see
  // unchanged_frame.h). The page shows its HTML home screen meanwhile.
  const ImGuiIO& io = ImGui::GetIO();
  const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  const bool unchanged = ubr::unchanged_frame::same_as_last(*ImGui::GetDrawData(), clear);
  bool shown = !unchanged;
  if (!shell.first_frame_shown) shown = unchanged || ++shell.frames_built_unshown >= kMostFramesBeforeShowing;
  if (shown) {
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    SDL_GL_SwapWindow(shell.window);
  }
  clock.mark(Stage::Gl);
  ubr::frame_stats::record_frame(clock.stages(), shown);
  if (shown && !shell.first_frame_shown) {
    shell.first_frame_shown = true;
    ubr::web_api::emit("firstframe");  // the page hides its loading message
  }
}

// 7. The motion clip of one exercise (parsed and its key pose found when first asked for): the home screen's first
// frame draws every exercise's key pose, so each clip is parsed in a start-up step of its own instead.
bool ParseClip(Shell& shell, std::size_t index) {
  const auto& exercises = shell.host->catalogue().exercises;
  if (index < exercises.size()) shell.host->catalogue().motion.find(exercises[index].id);
  return true;
}

void StartMainLoop(Shell& shell) {
  shell.last_counter = SDL_GetPerformanceCounter();
  // The page's scripts answer with what the first frame must know (the safe-area insets, whether a voice exists);
  // told only after the first frame, the layout changed and a second frame had to be drawn at once.
  ubr::web_api::emit("loopstart");
#if defined(__EMSCRIPTEN__)
  // 0 fps: the browser paces the loop with requestAnimationFrame. Called from a timer, not from main(), so there is
  // no stack to unwind.
  emscripten_set_main_loop(MainLoopStep, 0, false);
#else
  for (;;) MainLoopStep();
#endif
}

// Start-up runs as a chain of steps, each its own task: between two steps the browser paints the page (the home
// screen's HTML preview) and handles input, so no single task blocks the page for long.
std::size_t g_next_step = 0;

void RunStartupStep(void*) {
  Shell& shell = g_shell;
  using Step = bool (*)(Shell&);
  static constexpr Step kSteps[] = {LoadCatalogue,      CreateWindowAndContext, SetUpImGui,       RestoreSafety,
                                    RestoreRoutines,    StartProgress,          RestoreReminders, LoadFonts,
                                    CreateDeviceObjects};
  constexpr std::size_t kFixedSteps = sizeof(kSteps) / sizeof(kSteps[0]);
  const std::size_t step = g_next_step++;
  bool ok = true;
  if (step < kFixedSteps) {
    ok = kSteps[step](shell);
  } else if (step - kFixedSteps < shell.host->catalogue().exercises.size()) {
    ok = ParseClip(shell, step - kFixedSteps);
  } else {
    StartMainLoop(shell);
    return;
  }
  if (!ok) return;  // Fail() has told the page
#if defined(__EMSCRIPTEN__)
  emscripten_async_call(RunStartupStep, nullptr, 0);  // 0 ms: a new task as soon as the browser has had its turn
#else
  RunStartupStep(nullptr);
#endif
}

}  // namespace

int main(int, char**) {
#if defined(__EMSCRIPTEN__)
  // The first step too gets a task of its own: main runs in the same task as the wasm's instantiation.
  emscripten_async_call(RunStartupStep, nullptr, 0);
#else
  RunStartupStep(nullptr);
#endif
  return 0;  // the runtime stays alive (no EXIT_RUNTIME) for the steps and the main loop
}
