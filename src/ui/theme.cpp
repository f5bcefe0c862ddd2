#include "ui/theme.h"

namespace ubr {

const Palette& palette() {
  static const Palette kLight{
      IM_COL32(244, 246, 244, 255),  // background
      IM_COL32(255, 255, 255, 255),  // surface
      IM_COL32(232, 242, 239, 255),  // surface_hover
      IM_COL32(210, 218, 214, 255),  // border
      IM_COL32(28, 36, 33, 255),     // text
      IM_COL32(84, 96, 91, 255),     // text_muted
      IM_COL32(18, 112, 98, 255),    // accent
      IM_COL32(214, 236, 231, 255),  // accent_soft
      IM_COL32(150, 80, 0, 255),     // caution
      IM_COL32(38, 52, 64, 255),     // figure_limb
      IM_COL32(18, 112, 98, 255),    // figure_joint
      IM_COL32(170, 180, 176, 255),  // floor
  };
  return kLight;
}

void apply_theme(ImGuiStyle& style) {
  const Palette& p = palette();
  ImGui::StyleColorsLight(&style);
  auto colour = [](ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); };
  style.Colors[ImGuiCol_WindowBg] = colour(p.background);
  style.Colors[ImGuiCol_ChildBg] = colour(p.surface);
  style.Colors[ImGuiCol_Text] = colour(p.text);
  style.Colors[ImGuiCol_TextDisabled] = colour(p.text_muted);
  style.Colors[ImGuiCol_Border] = colour(p.border);
  style.Colors[ImGuiCol_Button] = colour(p.accent_soft);
  style.Colors[ImGuiCol_ButtonHovered] = colour(IM_COL32(190, 225, 217, 255));
  style.Colors[ImGuiCol_ButtonActive] = colour(IM_COL32(160, 210, 199, 255));
  style.Colors[ImGuiCol_ScrollbarBg] = colour(p.background);
  style.WindowPadding = {20, 18};
  style.FramePadding = {14, 10};
  style.ItemSpacing = {12, 10};
  style.FrameRounding = 10;
  style.ChildRounding = 14;
  style.ScrollbarSize = 12;
  style.ScrollbarRounding = 6;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 1;
}

}  // namespace ubr
