#include "ui/choice_button.h"

#include "ui/accessibility.h"
#include "ui/theme.h"

namespace ubr {

bool choice_button(const char* visible, const std::string& spoken, bool selected, Action action,
                   const Dispatch& dispatch, bool enabled, float height) {
  const Palette& p = palette();
  if (selected) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(p.accent));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(p.accent));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.background));
  }
  ImGui::BeginDisabled(!enabled);
  const bool pressed = ImGui::Button(visible, {0, height});
  ImGui::EndDisabled();
  if (selected) ImGui::PopStyleColor(3);
  if (pressed) dispatch(action);
  a11y::toggle(spoken, selected, std::move(action), enabled);
  return pressed;
}

}  // namespace ubr
