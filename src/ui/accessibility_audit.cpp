#include "ui/accessibility_audit.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

namespace ubr::a11y {
namespace {
struct DrawnItem {
  ImGuiID id = 0;
  std::string label;
};
std::vector<DrawnItem> g_drawn;
}  // namespace

void audit_begin_frame(ImGuiContext& context) {
  context.TestEngineHookItems = true;
  g_drawn.clear();
}

std::vector<std::string> audit_unpublished(const std::vector<std::uint32_t>& published_keys) {
  std::vector<std::string> missing;
  for (const DrawnItem& item : g_drawn) {
    if (std::find(published_keys.begin(), published_keys.end(), item.id) == published_keys.end()) {
      missing.push_back(item.label);
    }
  }
  return missing;
}

}  // namespace ubr::a11y

// ImGui's test-engine hooks. Only ItemInfo matters here: ImGui calls it for each interactive item it draws (buttons,
// checkboxes, sliders, text fields, selectables), after the item was found visible, with its id and label.
void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
  if (label == nullptr) return;
  const char* end = ImGui::FindRenderedTextEnd(label);  // "Start##short" is announced as "Start"
  ubr::a11y::g_drawn.push_back({id, std::string(label, end)});
}
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect&, ImGuiID) {}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
