#include "ui/theme.h"

namespace ubr {
namespace {
// Text colours reach at least 7:1 on the background and surface (4.5:1 for muted text), in both variants.
constexpr Palette kLight{
    IM_COL32(244, 246, 244, 255),  // background
    IM_COL32(255, 255, 255, 255),  // surface
    IM_COL32(232, 242, 239, 255),  // surface_hover
    IM_COL32(190, 201, 196, 255),  // border
    IM_COL32(28, 36, 33, 255),     // text
    IM_COL32(72, 84, 79, 255),     // text_muted
    IM_COL32(14, 100, 88, 255),    // accent
    IM_COL32(214, 236, 231, 255),  // accent_soft
    IM_COL32(140, 70, 0, 255),     // caution
    IM_COL32(38, 52, 64, 255),     // figure_limb
    IM_COL32(18, 112, 98, 255),    // figure_joint
    IM_COL32(170, 180, 176, 255),  // floor
    IM_COL32(190, 225, 217, 255),  // button_hover
    IM_COL32(160, 210, 199, 255),  // button_active
    IM_COL32(150, 24, 24, 255),    // mistake
};
constexpr Palette kDark{
    IM_COL32(18, 22, 21, 255),     // background
    IM_COL32(30, 36, 34, 255),     // surface
    IM_COL32(40, 52, 49, 255),     // surface_hover
    IM_COL32(74, 88, 83, 255),     // border
    IM_COL32(232, 238, 235, 255),  // text
    IM_COL32(172, 186, 180, 255),  // text_muted
    IM_COL32(110, 214, 192, 255),  // accent
    IM_COL32(26, 66, 59, 255),     // accent_soft
    IM_COL32(255, 184, 108, 255),  // caution
    IM_COL32(214, 224, 232, 255),  // figure_limb
    IM_COL32(110, 214, 192, 255),  // figure_joint
    IM_COL32(90, 104, 99, 255),    // floor
    IM_COL32(36, 88, 79, 255),     // button_hover
    IM_COL32(46, 110, 98, 255),    // button_active
    IM_COL32(255, 138, 128, 255),  // mistake
};
bool g_dark = false;
}  // namespace

const Palette& palette() {
  return g_dark ? kDark : kLight;
}
void set_dark_theme(bool dark) {
  g_dark = dark;
}

void apply_theme(ImGuiStyle& style) {
  const Palette& p = palette();
  if (g_dark) {
    ImGui::StyleColorsDark(&style);
  } else {
    ImGui::StyleColorsLight(&style);
  }
  auto colour = [](ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); };
  style.Colors[ImGuiCol_WindowBg] = colour(p.background);
  style.Colors[ImGuiCol_ChildBg] = colour(p.surface);
  style.Colors[ImGuiCol_PopupBg] = colour(p.surface);
  style.Colors[ImGuiCol_Text] = colour(p.text);
  style.Colors[ImGuiCol_TextDisabled] = colour(p.text_muted);
  style.Colors[ImGuiCol_Border] = colour(p.border);
  style.Colors[ImGuiCol_Button] = colour(p.accent_soft);
  style.Colors[ImGuiCol_ButtonHovered] = colour(p.button_hover);
  style.Colors[ImGuiCol_ButtonActive] = colour(p.button_active);
  style.Colors[ImGuiCol_FrameBg] = colour(p.accent_soft);
  style.Colors[ImGuiCol_FrameBgHovered] = colour(p.button_hover);
  style.Colors[ImGuiCol_FrameBgActive] = colour(p.button_active);
  style.Colors[ImGuiCol_SliderGrab] = colour(p.accent);
  style.Colors[ImGuiCol_SliderGrabActive] = colour(p.accent);
  style.Colors[ImGuiCol_CheckMark] = colour(p.accent);
  style.Colors[ImGuiCol_NavHighlight] = colour(p.accent);
  style.Colors[ImGuiCol_ScrollbarBg] = colour(p.background);
  style.WindowPadding = {20, 18};
  // 13 px above and below 18 px text makes buttons 44 px tall: a comfortable touch target.
  style.FramePadding = {14, 13};
  style.ItemSpacing = {12, 10};
  style.FrameRounding = 10;
  style.ChildRounding = 14;
  style.GrabMinSize = 28;
  style.ScrollbarSize = 12;
  style.ScrollbarRounding = 6;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 1;
}

}  // namespace ubr
