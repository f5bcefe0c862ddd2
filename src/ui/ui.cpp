#include "ui/ui.h"

namespace ubr {

void draw_ui(const AppState& state, const Catalogue& catalogue, const Dispatch& dispatch, UiState& ui) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags kScreenFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                            ImGuiWindowFlags_NoSavedSettings |
                                            ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("screen", nullptr, kScreenFlags);
  const Exercise* exercise = catalogue.find(state.selected_exercise);
  if (state.screen == Screen::Exercise && exercise != nullptr) {
    draw_exercise_screen(state, *exercise, dispatch, ui);
  } else if (state.screen == Screen::Progress) {
    draw_progress_screen(state, catalogue, dispatch, ui);
  } else {
    draw_storage_banner(state.progress, dispatch, ui.progress, ui);  // "progress is not being saved", if so
    draw_home_screen(catalogue, dispatch, ui);
  }
  ImGui::End();
}

}  // namespace ubr
