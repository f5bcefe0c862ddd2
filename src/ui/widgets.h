#pragma once
// Small drawing helpers shared by the screens.
#include <imgui.h>

namespace ubr {

// Text wrapped to `wrap_width`, drawn at `pos` with `font`; returns its height.
float draw_wrapped_text(ImDrawList& draw_list, ImFont* font, ImVec2 pos, float wrap_width, ImU32 colour,
                        const char* text);
// Height that draw_wrapped_text would use.
float wrapped_text_height(ImFont* font, float wrap_width, const char* text);

// A pill-shaped label such as a dosage; returns its size.
ImVec2 draw_chip(ImDrawList& draw_list, ImFont* font, ImVec2 pos, const char* text, ImU32 background, ImU32 colour);

// Puts the next button on the same line when a button labelled `next_label` fits there, else on the next line, so a
// row of buttons reflows at large text sizes and on narrow screens.
void same_line_if_fits(const char* next_label);
// The same for a next item of a known width (a fixed-size button), `spacing` apart from the last one.
void same_line_if_fits(float next_width, float spacing);

// The last item turns a finger's drag into its own movement (the figure that orbits): a swipe that starts on it does
// not scroll the screen (platform/touch_scroll.h). Sliders and text fields need no mark.
void keep_touch_drags();
// Whether the item was marked in the latest frame drawn.
bool keeps_touch_drags(ImGuiID id);

// Font size in CSS pixels (ImGui keeps sizes in rasterised pixels; FontGlobalScale maps them back).
float css_size(const ImFont* font);

}  // namespace ubr
