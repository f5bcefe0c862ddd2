#include "ui/widgets.h"

#include <imgui_internal.h>

namespace ubr {

namespace {
// The items marked in the frame being drawn and in the one before (read between frames, while events arrive).
struct DragKeepers {
  int frame = -1;
  ImVector<ImGuiID> current;
  ImVector<ImGuiID> previous;
};
DragKeepers g_drag_keepers;
}  // namespace

void keep_touch_drags() {
  DragKeepers& k = g_drag_keepers;
  if (k.frame != ImGui::GetFrameCount()) {
    k.previous.swap(k.current);
    k.current.clear();
    k.frame = ImGui::GetFrameCount();
  }
  k.current.push_back(ImGui::GetItemID());
}

bool keeps_touch_drags(ImGuiID id) {
  const DragKeepers& k = g_drag_keepers;
  return k.current.contains(id) || k.previous.contains(id);
}

float css_size(const ImFont* font) {
  return font->FontSize * ImGui::GetIO().FontGlobalScale;
}

void same_line_if_fits(const char* next_label) {
  const ImGuiStyle& style = ImGui::GetStyle();
  same_line_if_fits(ImGui::CalcTextSize(next_label, nullptr, true).x + style.FramePadding.x * 2, style.ItemSpacing.x);
}

void same_line_if_fits(float next_width, float spacing) {
  const float line_end = ImGui::GetItemRectMax().x;
  const float right_edge = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (line_end + spacing + next_width <= right_edge) ImGui::SameLine(0, spacing);
}

float wrapped_text_height(ImFont* font, float wrap_width, const char* text) {
  return font->CalcTextSizeA(css_size(font), FLT_MAX, wrap_width, text).y;
}

float draw_wrapped_text(ImDrawList& draw_list, ImFont* font, ImVec2 pos, float wrap_width, ImU32 colour,
                        const char* text) {
  draw_list.AddText(font, css_size(font), pos, colour, text, nullptr, wrap_width);
  return wrapped_text_height(font, wrap_width, text);
}

ImVec2 draw_chip(ImDrawList& draw_list, ImFont* font, ImVec2 pos, const char* text, ImU32 background, ImU32 colour) {
  const ImVec2 text_size = font->CalcTextSizeA(css_size(font), FLT_MAX, 0, text);
  const ImVec2 padding{10, 4};
  const ImVec2 size{text_size.x + padding.x * 2, text_size.y + padding.y * 2};
  draw_list.AddRectFilled(pos, {pos.x + size.x, pos.y + size.y}, background, size.y * 0.5f);
  draw_list.AddText(font, css_size(font), {pos.x + padding.x, pos.y + padding.y}, colour, text);
  return size;
}

}  // namespace ubr
