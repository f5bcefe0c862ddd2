#pragma once
// Finds controls that a screen draws but does not publish to the DOM mirror (ui/accessibility.h): those are the
// controls a keyboard or screen-reader user cannot reach. ImGui reports every interactive item it draws through its
// test-engine item hooks (IMGUI_ENABLE_TEST_ENGINE); the audit keeps the ids and labels of one frame and, at the end
// of the frame, lists the ones no a11y:: call published. Browser tests assert the list is empty on every screen.
#include <cstdint>
#include <string>
#include <vector>

struct ImGuiContext;

namespace ubr::a11y {

// Turns ImGui's item hooks on for `context` (they cost one call per drawn item) and forgets the last frame's items.
void audit_begin_frame(ImGuiContext& context);
// Labels of the interactive items drawn since audit_begin_frame() whose ids are not in `published_keys`.
std::vector<std::string> audit_unpublished(const std::vector<std::uint32_t>& published_keys);

}  // namespace ubr::a11y
