#pragma once
#include <imgui.h>

namespace ubr {

struct UiFonts {
  ImFont* body = nullptr;     // instructions, lists
  ImFont* small = nullptr;    // captions, chips
  ImFont* heading = nullptr;  // card titles, section titles
  ImFont* title = nullptr;    // screen titles
};

// Rasterises the embedded UI font at the screen's pixel ratio so text stays crisp on high-DPI screens.
// Returns fonts whose sizes are in CSS pixels, times `text_scale` (the user's text-size setting: rasterised at the
// larger size, not magnified, so it stays crisp). Fails (all null) only if the embedded font is missing or unreadable.
UiFonts load_fonts(ImGuiIO& io, float pixel_ratio, float text_scale = 1.0f);

}  // namespace ubr
