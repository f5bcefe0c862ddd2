#include "ui/accessibility.h"

#include <imgui_internal.h>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

namespace ubr::a11y {
namespace {
Frame g_building;
Frame g_published;
std::uint32_t g_scroll_request = 0;
Insets g_insets;
// What the mirror asked of a widget-state control, taken by that control in the next frame drawn.
struct WidgetRequest {
  std::uint32_t key = 0;
  std::optional<double> value;
  std::optional<std::string> text;
};
WidgetRequest g_request;  // requests come between frames, so one still here when a frame ends was not taken by it

// The request for `key`, taken (so it acts once).
std::optional<WidgetRequest> take_request(std::uint32_t key) {
  if (key == 0 || g_request.key != key) return std::nullopt;
  return std::exchange(g_request, WidgetRequest{});
}

// The last item's rectangle, clipped to what its window shows, and whether any of it is visible.
void place_last_item(Item& item) {
  const ImGuiWindow* window = ImGui::GetCurrentWindow();
  ImRect rect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
  if (window != nullptr && g_scroll_request != 0 && g_scroll_request == item.key) {
    ImGui::ScrollToBringRectIntoView(ImGui::GetCurrentWindow(), rect);
    g_scroll_request = 0;
  }
  if (window != nullptr) rect.ClipWith(window->ClipRect);
  item.visible = rect.GetWidth() > 0.5f && rect.GetHeight() > 0.5f;
  if (item.visible) item.rect = {rect.Min.x, rect.Min.y, rect.GetWidth(), rect.GetHeight()};
}

bool skipped_window() {
  const ImGuiWindow* window = ImGui::GetCurrentWindow();
  return window != nullptr && window->SkipItems;
}

// The key of the item about to be added. In a window ImGui skips entirely (scrolled or sized out of view) the
// widgets submit no item, so the last item is another one: the control is not on screen, and takes a key of its own
// like text. Text, and a group such as InputInt's field with its buttons, has no ImGui id: its key comes from its
// place in the frame and its words.
std::uint32_t key_for(ImGuiID last_item, const std::string& label) {
  if (last_item != 0 && !skipped_window()) return last_item;
  return ImHashStr(label.c_str(), 0, static_cast<ImGuiID>(g_building.items.size() + 1));
}

void add(Item item) {
  const bool skipped = skipped_window();
  item.key = key_for(skipped ? 0 : item.key, item.label);
  // Drawn inside BeginDisabled(): the control is dimmed and ignores clicks, so its twin says it is unavailable too.
  if (item.role != Role::Text && (ImGui::GetItemFlags() & ImGuiItemFlags_Disabled) != 0) item.enabled = false;
  if (skipped) {
    item.visible = false;
  } else {
    place_last_item(item);
  }
  g_building.items.push_back(std::move(item));
}
}  // namespace

void begin_frame(std::string screen, std::string title, bool session_running) {
  g_building = Frame{};
  g_building.screen = std::move(screen);
  g_building.title = std::move(title);
  g_building.announcement = g_published.announcement;  // the live region's latest line stays until announce()
  g_building.announcement_id = g_published.announcement_id;
  g_building.session_running = session_running;
}

void end_frame() {
  g_building.text_input = ImGui::GetIO().WantTextInput;
  g_published = std::move(g_building);
  g_request = WidgetRequest{};
}

const Frame& published() {
  return g_published;
}

void button(std::string label, Action action, bool enabled) {
  Item item;
  item.role = Role::Button;
  item.key = ImGui::GetItemID();
  item.label = std::move(label);
  item.enabled = enabled;
  item.action = std::move(action);
  add(std::move(item));
}

namespace {
// Checkboxes and toggle buttons differ only in the role the mirror gives them.
void publish_checked(Role role, std::string label, bool checked, Action action, bool enabled) {
  Item item;
  item.role = role;
  item.key = ImGui::GetItemID();
  item.label = std::move(label);
  item.checked = checked;
  item.enabled = enabled;
  item.action = std::move(action);
  add(std::move(item));
}
}  // namespace

void checkbox(std::string label, bool checked, Action toggle, bool enabled) {
  publish_checked(Role::Checkbox, std::move(label), checked, std::move(toggle), enabled);
}

void toggle(std::string label, bool pressed, Action action, bool enabled) {
  publish_checked(Role::Toggle, std::move(label), pressed, std::move(action), enabled);
}

void slider(std::string label, double value, double min, double max, double step, std::string value_text,
            std::function<Action(double)> set_value, bool enabled) {
  Item item;
  item.role = Role::Slider;
  item.key = ImGui::GetItemID();
  item.label = std::move(label);
  item.value = value;
  item.min = min;
  item.max = max;
  item.step = step;
  item.value_text = std::move(value_text);
  item.set_value = std::move(set_value);
  item.enabled = enabled;
  add(std::move(item));
}

namespace {
Item widget_item(Role role, std::string label, bool enabled) {
  Item item;
  item.role = role;
  item.key = key_for(ImGui::GetItemID(), label);  // known before add(): the mirror's request is looked up by it
  item.label = std::move(label);
  item.enabled = enabled;
  item.widget = true;
  return item;
}
}  // namespace

bool pressed_button(std::string label, bool clicked, bool enabled) {
  Item item = widget_item(Role::Button, std::move(label), enabled);
  const bool pressed = take_request(item.key).has_value();
  add(std::move(item));
  return clicked || pressed;
}

bool pressed_toggle(std::string label, bool on, bool clicked, bool enabled) {
  Item item = widget_item(Role::Toggle, std::move(label), enabled);
  item.checked = on;
  const bool pressed = take_request(item.key).has_value();
  add(std::move(item));
  return clicked || pressed;
}

std::optional<double> widget_slider(std::string label, double value, double min, double max, double step,
                                    std::string value_text, bool enabled) {
  Item item = widget_item(Role::Slider, std::move(label), enabled);
  item.value = value;
  item.min = min;
  item.max = max;
  item.step = step;
  item.value_text = std::move(value_text);
  std::optional<WidgetRequest> request = take_request(item.key);
  add(std::move(item));
  return request ? request->value : std::nullopt;
}

std::optional<std::string> text_field(std::string label, std::string text, bool enabled) {
  Item item = widget_item(Role::TextField, std::move(label), enabled);
  item.value_text = std::move(text);
  std::optional<WidgetRequest> request = take_request(item.key);
  add(std::move(item));
  return request ? std::move(request->text) : std::nullopt;
}

void request_press(std::uint32_t key) {
  g_request = {key, std::nullopt, std::nullopt};
}

void request_value(std::uint32_t key, double value) {
  g_request = {key, value, std::nullopt};
}

void request_text(std::uint32_t key, std::string text) {
  g_request = {key, std::nullopt, std::move(text)};
}

void text(std::string words) {
  Item item;
  item.role = Role::Text;
  item.label = std::move(words);
  add(std::move(item));
}

void announce(std::string line) {
  g_building.announcement = std::move(line);
  ++g_building.announcement_id;
}

void request_scroll_into_view(std::uint32_t key) {
  g_scroll_request = key;
}

void set_safe_insets(Insets insets) {
  g_insets = insets;
}
Insets safe_insets() {
  return g_insets;
}

}  // namespace ubr::a11y
