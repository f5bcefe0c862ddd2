// Text size, colours and motion, plus the way back to the safety guidance: a small panel at the foot of the home
// screen. Each choice is a button that shows whether it is selected, so touch, mouse, keyboard and screen readers
// all see the same three options.
#include "core/safety/safety.h"
#include "ui/accessibility.h"
#include "ui/choice_button.h"
#include "ui/theme.h"
#include "ui/ui.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace ubr {
namespace {
void row_label(const char* words, const UiState& ui) {
  ImGui::PushFont(ui.fonts.small);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().text_muted));
  ImGui::TextUnformatted(words);
  ImGui::PopStyleColor();
  ImGui::PopFont();
}
}  // namespace

void draw_comfort_controls(const AppState& state, const Dispatch& dispatch, const UiState& ui) {
  const ComfortSettings& settings = state.comfort.settings;
  // Lined up with the home screen's cards, which are centred up to this width.
  constexpr float kMaxContentWidth = 1100.0f;
  const float available = ImGui::GetContentRegionAvail().x;
  const float indent = std::max(0.0f, (available - kMaxContentWidth) * 0.5f);
  if (indent > 0) ImGui::Indent(indent);
  ImGui::PushFont(ui.fonts.heading);
  ImGui::TextUnformatted("Display and safety");
  ImGui::PopFont();
  ImGui::PushFont(ui.fonts.body);

  row_label("Text size", ui);
  const double smaller = next_text_scale(settings.text_scale, -1);
  const double larger = next_text_scale(settings.text_scale, +1);
  const std::string percent = std::to_string(static_cast<int>(std::lround(settings.text_scale * 100))) + "%";
  ImGui::BeginDisabled(smaller >= settings.text_scale);
  if (ImGui::Button("A\xE2\x88\x92")) dispatch(SafetyAction{UpdateComfort{smaller, {}, {}}});
  ImGui::EndDisabled();
  a11y::button("Smaller text", SafetyAction{UpdateComfort{smaller, {}, {}}}, smaller < settings.text_scale);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(percent.c_str());
  a11y::text("Text size " + percent);
  ImGui::SameLine();
  ImGui::BeginDisabled(larger <= settings.text_scale);
  if (ImGui::Button("A+")) dispatch(SafetyAction{UpdateComfort{larger, {}, {}}});
  ImGui::EndDisabled();
  a11y::button("Larger text", SafetyAction{UpdateComfort{larger, {}, {}}}, larger > settings.text_scale);

  // Both rows have a "System" button: each row gets its own ImGui id scope.
  row_label("Colours", ui);
  ImGui::PushID("colours");
  const ThemeChoice theme = settings.theme;
  choice_button("System", "Colours follow the system", theme == ThemeChoice::System,
                SafetyAction{UpdateComfort{{}, ThemeChoice::System, {}}}, dispatch);
  same_line_if_fits("Light");
  choice_button("Light", "Light colours", theme == ThemeChoice::Light,
                SafetyAction{UpdateComfort{{}, ThemeChoice::Light, {}}}, dispatch);
  same_line_if_fits("Dark");
  choice_button("Dark", "Dark colours", theme == ThemeChoice::Dark,
                SafetyAction{UpdateComfort{{}, ThemeChoice::Dark, {}}}, dispatch);

  ImGui::PopID();

  row_label("Demonstrations", ui);
  ImGui::PushID("motion");
  const MotionChoice motion = settings.motion;
  choice_button("System", "Motion follows the system", motion == MotionChoice::System,
                SafetyAction{UpdateComfort{{}, {}, MotionChoice::System}}, dispatch);
  same_line_if_fits("Smooth");
  choice_button("Smooth", "Smooth motion", motion == MotionChoice::Smooth,
                SafetyAction{UpdateComfort{{}, {}, MotionChoice::Smooth}}, dispatch);
  same_line_if_fits("Key poses");
  choice_button("Key poses", "Key poses only, no smooth motion", motion == MotionChoice::Steps,
                SafetyAction{UpdateComfort{{}, {}, MotionChoice::Steps}}, dispatch);

  ImGui::PopID();

  ImGui::Dummy({0, 4});
  if (ImGui::Button("Safety guidance")) dispatch(SafetyAction{OpenSafety{}});
  a11y::button("Safety guidance", SafetyAction{OpenSafety{}});
  ImGui::PopFont();
  ImGui::Dummy({0, 12});
  if (indent > 0) ImGui::Unindent(indent);
}

}  // namespace ubr
