#include "ui/ui.h"

#include "ui/accessibility.h"

#include <imgui_internal.h>

namespace ubr {
namespace {
// The heading the page's DOM mirror shows for each screen (web/a11y.js).
std::string screen_title(const AppState& state, const Exercise* exercise) {
  switch (state.screen) {
    case Screen::Home:
      return "Upper Back Relief: exercises";
    case Screen::Exercise:
      return exercise ? exercise->name : "Exercise";
    case Screen::Session:
      return state.session.routine_name.empty() ? "Session" : state.session.routine_name;
    case Screen::Routines:
      return "Routines";
    case Screen::Progress:
      return "Progress";
    case Screen::Safety:
      return "Before you start";
    case Screen::Reminders:
      return "Reminders";
  }
  return "Upper Back Relief";
}
}  // namespace

void draw_ui(const AppState& state, const Catalogue& catalogue, const Dispatch& dispatch, UiState& ui) {
  const Exercise* exercise = catalogue.find(state.selected_exercise);
  a11y::begin_frame(screen_name(state.screen), screen_title(state, exercise), session_running(state.session));
  // The live region follows the session wherever it is shown (web/a11y.js reads out each new line).
  const std::string line = session_announcement(ui.announced, state.session);
  if (!line.empty()) a11y::announce(line);
  ui.announced = session_seen(state.session);

  // The screen keeps clear of notches and rounded corners (the page reports env(safe-area-inset-*)).
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const a11y::Insets insets = a11y::safe_insets();
  ImGui::SetNextWindowPos({viewport->WorkPos.x + insets.left, viewport->WorkPos.y + insets.top});
  ImGui::SetNextWindowSize(
      {viewport->WorkSize.x - insets.left - insets.right, viewport->WorkSize.y - insets.top - insets.bottom});
  constexpr ImGuiWindowFlags kScreenFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                            ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  // Each screen opens at its top, not at where the last one was scrolled to.
  static Screen shown = state.screen;
  if (state.screen != shown) ImGui::SetNextWindowScroll({0, 0});
  shown = state.screen;
  ImGui::Begin("screen", nullptr, kScreenFlags);
  draw_reminder_banner(state, dispatch, ui);
  if (state.screen == Screen::Safety) {
    draw_safety_screen(state, dispatch, ui);
  } else if (state.screen == Screen::Exercise && exercise != nullptr) {
    draw_exercise_screen(state, *exercise, catalogue.motion, dispatch, ui);
  } else if (state.screen == Screen::Session) {
    draw_session_screen(state, catalogue, dispatch, ui);
  } else if (state.screen == Screen::Routines) {
    draw_routines_screen(state, catalogue, dispatch, ui);
  } else if (state.screen == Screen::Progress) {
    draw_progress_screen(state, catalogue, dispatch, ui);
  } else if (state.screen == Screen::Reminders) {
    draw_reminders_screen(state, catalogue, dispatch, ui);
  } else {
    draw_storage_banner(state.progress, dispatch, ui.progress, ui);  // "progress is not being saved", if so
    draw_home_screen(state, catalogue, dispatch, ui);
    draw_comfort_controls(state, dispatch, ui);
  }
  ImGui::End();
  a11y::end_frame();
}

}  // namespace ubr
