#include "platform/touch_scroll.h"

#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>

namespace ubr::touch_scroll {
namespace {
// How far (CSS px) a finger moves before its drag counts as a swipe rather than a tap with a shaky hand.
constexpr float kSwipeThreshold = 10.0f;

struct Finger {
  bool down = false;
  SDL_FingerID id = 0;
  ImVec2 start;
  ImVec2 last;
  ImGuiID scrolled = 0;  // the window the swipe scrolls, once it is one
  bool ignored = false;  // the drag belongs to the item it started on, runs sideways, or has nothing to scroll
};
Finger g_finger;

ImVec2 to_css(float x, float y) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  return {x * size.x, y * size.y};
}

// The front-most window under `point`. ImGui's HoveredWindow is not used: it is worked out at the next frame from
// the mouse position, and after a finger lifts the mouse is nowhere (a touch screen has no hover), so a swipe whose
// first moves arrive before that frame would find no window and not scroll.
ImGuiWindow* window_under(ImVec2 point) {
  const ImGuiContext& g = *GImGui;
  for (int i = g.Windows.Size - 1; i >= 0; --i) {  // display order: the last is in front
    ImGuiWindow* window = g.Windows[i];
    if (!window->WasActive || window->Hidden || (window->Flags & ImGuiWindowFlags_NoMouseInputs) != 0) continue;
    if (window->OuterRectClipped.Contains(point)) return window;
  }
  return nullptr;
}

// The window a wheel over `point` would scroll: the one under it, or the nearest parent that can scroll (ImGui's own
// rule for the mouse wheel).
ImGuiWindow* scrollable_window(ImVec2 point) {
  ImGuiWindow* window = window_under(point);
  while (window != nullptr && (window->Flags & ImGuiWindowFlags_ChildWindow) != 0 &&
         (window->ScrollMax.y == 0.0f || (window->Flags & ImGuiWindowFlags_NoScrollWithMouse) != 0)) {
    window = window->ParentWindow;
  }
  if (window == nullptr || window->ScrollMax.y == 0.0f) return nullptr;
  return window;
}

// True when the item the finger pressed uses the drag itself: sliders and text fields (which claim the arrow keys
// as ImGui activates them), and items the screens marked.
bool active_item_takes_drags() {
  const ImGuiContext& g = *GImGui;
  if (g.ActiveId == 0) return false;
  // A press on a window's empty space makes the window "moving" (even with NoMove), which claims every nav key the
  // way a slider does; that press is no item's, and its drag is a swipe.
  if (g.ActiveIdWindow != nullptr && g.ActiveId == g.ActiveIdWindow->MoveId) return false;
  return g.ActiveIdUsingNavDirMask != 0 || keeps_touch_drags(g.ActiveId);
}

void scroll_by(ImGuiWindow* window, float dy) {
  const float from = window->ScrollTarget.y < FLT_MAX ? window->ScrollTarget.y : window->Scroll.y;
  ImGui::SetScrollY(window, from - dy);
}

void move(const ImVec2 point) {
  Finger& f = g_finger;
  const float step = point.y - f.last.y;
  f.last = point;
  if (f.ignored) return;
  if (f.scrolled != 0) {
    // The same window all the swipe long, though other windows pass under the finger as the content moves.
    if (ImGuiWindow* window = ImGui::FindWindowByID(f.scrolled)) scroll_by(window, step);
    return;
  }
  const float dx = point.x - f.start.x;
  const float dy = point.y - f.start.y;
  if (std::fabs(dy) < kSwipeThreshold) return;
  ImGuiWindow* window = scrollable_window(f.start);
  if (window == nullptr || std::fabs(dx) > std::fabs(dy) || active_item_takes_drags()) {
    f.ignored = true;
    return;
  }
  f.scrolled = window->ID;
  // A swipe that started on a button is not a press of it: the button lets go, as on a phone's own pages.
  if (GImGui->ActiveId != 0) ImGui::ClearActiveID();
  scroll_by(window, dy);
}
}  // namespace

void observe(const SDL_Event& event) {
  if (ImGui::GetCurrentContext() == nullptr) return;
  Finger& f = g_finger;
  switch (event.type) {
    case SDL_FINGERDOWN:
      // A second finger while the first is down: the first one leads. (A finger whose lift was not heard does not
      // count: with one finger down this is a new touch.)
      if (f.down && SDL_GetNumTouchFingers(event.tfinger.touchId) > 1) return;
      f = Finger{true, event.tfinger.fingerId, to_css(event.tfinger.x, event.tfinger.y), {}, 0, false};
      f.last = f.start;
      return;
    case SDL_FINGERMOTION:
      if (f.down && event.tfinger.fingerId == f.id) move(to_css(event.tfinger.x, event.tfinger.y));
      return;
    case SDL_FINGERUP:
      if (event.tfinger.fingerId == f.id || SDL_GetNumTouchFingers(event.tfinger.touchId) == 0) f = Finger{};
      return;
    default:
      return;
  }
}

}  // namespace ubr::touch_scroll
