#pragma once
#include <imgui.h>

namespace ubr {

// The app's palette: calm, high-contrast text on a soft background.
struct Palette {
  ImU32 background, surface, surface_hover, border, text, text_muted, accent, accent_soft, caution, figure_limb,
      figure_joint, floor;
};

const Palette& palette();
void apply_theme(ImGuiStyle& style);

}  // namespace ubr
