#pragma once
#include <imgui.h>

namespace ubr {

// The app's palette: calm, high-contrast text on a soft background, in a light and a dark variant.
struct Palette {
  ImU32 background, surface, surface_hover, border, text, text_muted, accent, accent_soft, caution, figure_limb,
      figure_joint, floor, button_hover, button_active,
      mistake;  // the mistake to avoid: its figure and its name
};

// The active palette (light or dark); every screen reads its colours here each frame.
const Palette& palette();
// Chooses the palette; call apply_theme afterwards so ImGui's own colours follow.
void set_dark_theme(bool dark);
void apply_theme(ImGuiStyle& style);

// The smallest comfortable touch target (CSS px), used for buttons and rows that take a tap.
constexpr float kMinTouchTarget = 44.0f;

}  // namespace ubr
