#include "ui/accessibility.h"
#include "ui/demo_panel.h"
#include "ui/theme.h"
#include "ui/ui.h"
#include "ui/widgets.h"

#include <algorithm>
#include <string>

namespace ubr {
namespace {
constexpr float kWideLayoutMinWidth = 760.0f;

void draw_instructions(const Exercise& exercise, const UiState& ui) {
  const Palette& p = palette();
  ImGui::PushFont(ui.fonts.small);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.accent));
  ImGui::TextWrapped("%s", exercise.position.c_str());
  a11y::text(exercise.position);
  ImGui::PopStyleColor();
  ImGui::PopFont();

  ImGui::PushFont(ui.fonts.heading);
  ImGui::TextUnformatted("How to do it");
  ImGui::PopFont();
  ImGui::PushFont(ui.fonts.body);
  for (std::size_t i = 0; i < exercise.steps.size(); ++i) {
    ImGui::Text("%zu.", i + 1);
    ImGui::SameLine(0, 8);
    ImGui::TextWrapped("%s", exercise.steps[i].c_str());
    a11y::text(std::to_string(i + 1) + ". " + exercise.steps[i]);
  }
  ImGui::Dummy({0, 4});
  ImGui::PushFont(ui.fonts.heading);
  ImGui::TextUnformatted("How much");
  ImGui::PopFont();
  ImGui::TextWrapped("%s", describe_dosage(exercise.dosage).c_str());
  a11y::text("How much: " + describe_dosage(exercise.dosage));
  if (!exercise.caution.empty()) {
    ImGui::Dummy({0, 4});
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.caution));
    ImGui::TextWrapped("Caution: %s", exercise.caution.c_str());
    a11y::text("Caution: " + exercise.caution);
    ImGui::PopStyleColor();
  }
  ImGui::PopFont();
}
}  // namespace

void draw_exercise_screen(const AppState& state, const Exercise& exercise, const MotionLibrary& motion,
                          const Dispatch& dispatch, const UiState& ui) {
  ImGui::PushFont(ui.fonts.body);
  if (ImGui::Button("\xE2\x86\x90 All exercises")) dispatch(GoHome{});
  a11y::button("All exercises", GoHome{});
  ImGui::PopFont();
  ImGui::PushFont(ui.fonts.title);
  ImGui::TextWrapped("%s", exercise.name.c_str());
  ImGui::PopFont();

  const ImVec2 available = ImGui::GetContentRegionAvail();
  if (available.x >= kWideLayoutMinWidth) {
    const float figure_width = std::floor(available.x * 0.58f);
    draw_demo_panel(state, exercise, motion, dispatch, ui, {figure_width, available.y});
    ImGui::SameLine();
    ImGui::BeginChild("instructions", {0, available.y}, false);
    draw_instructions(exercise, ui);
    ImGui::EndChild();
  } else {
    ImGui::BeginChild("scroll", {0, 0}, false);
    const float width = ImGui::GetContentRegionAvail().x;
    const float figure_height = std::clamp(available.y * 0.5f, 240.0f, 420.0f) + demo_controls_height(width, ui);
    draw_demo_panel(state, exercise, motion, dispatch, ui, {width, figure_height});
    draw_instructions(exercise, ui);
    ImGui::EndChild();
  }
}

}  // namespace ubr
