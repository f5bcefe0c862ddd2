// The bridge between the UI's published frame (ui/accessibility.h) and the page (web/a11y.js, web/pwa.js): the
// frame goes out as the `ubr-frame` event when it changes; activations, new slider values and focus come back by
// item key, and run the actions the item published through the same AppHost as a click, so the mirror can do what
// the canvas does.
#include "platform/a11y.h"
#include "platform/web_api.h"
#include "ui/accessibility.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <string>
#include <utility>
#include <vector>

namespace ubr::a11y_platform {
namespace {
std::string g_sent_json = "null";
std::string g_error_text;
bool g_redraw_requested = false;

const char* role_name(a11y::Role role) {
  switch (role) {
    case a11y::Role::Button:
      return "button";
    case a11y::Role::Toggle:
      return "toggle";
    case a11y::Role::Checkbox:
      return "checkbox";
    case a11y::Role::Slider:
      return "slider";
    case a11y::Role::Text:
      return "text";
    case a11y::Role::TextField:
      return "textfield";
  }
  return "text";
}

// Rounded to whole CSS pixels, so sub-pixel jitter does not resend the items every frame.
nlohmann::json rect_json(const a11y::Item& item) {
  auto px = [](float v) { return std::lround(v); };
  return {px(item.rect.x), px(item.rect.y), px(item.rect.width), px(item.rect.height)};
}

std::string frame_to_json(const a11y::Frame& frame) {
  nlohmann::json items = nlohmann::json::array();
  for (const a11y::Item& item : frame.items) {
    nlohmann::json json = {{"key", item.key},         {"role", role_name(item.role)}, {"label", item.label},
                           {"rect", rect_json(item)}, {"visible", item.visible},      {"enabled", item.enabled}};
    if (item.role == a11y::Role::Checkbox || item.role == a11y::Role::Toggle) json["checked"] = item.checked;
    if (item.role == a11y::Role::Slider) {
      json["value"] = item.value;
      json["min"] = item.min;
      json["max"] = item.max;
      json["step"] = item.step;
      json["valueText"] = item.value_text;
    }
    if (item.role == a11y::Role::TextField) json["value"] = item.value_text;
    items.push_back(std::move(json));
  }
  return nlohmann::json{{"screen", frame.screen},
                        {"title", frame.title},
                        {"items", std::move(items)},
                        {"announcement", frame.announcement},
                        {"announcementId", frame.announcement_id},
                        {"sessionRunning", frame.session_running},
                        {"textInput", frame.text_input}}
      .dump();
}

const a11y::Item* find_item(std::uint32_t key) {
  for (const a11y::Item& item : a11y::published().items) {
    if (item.key == key) return &item;
  }
  return nullptr;
}

// Applies the control's one action, exactly as the drawn control dispatches it.
const char* run(const Action& action) {
  AppHost* host = running_app();
  if (host == nullptr) return (g_error_text = "the app has not started").c_str();
  g_error_text = host->apply(action);
  return g_error_text.c_str();
}
}  // namespace

void publish_frame() {
  std::string json = frame_to_json(a11y::published());
  if (json == g_sent_json) return;
  g_sent_json = std::move(json);
  web_api::emit("frame", g_sent_json);
}

bool take_redraw_request() {
  return std::exchange(g_redraw_requested, false);
}

}  // namespace ubr::a11y_platform

using namespace ubr::a11y_platform;

// Activates a button, toggle or checkbox; returns why it could not be, or an empty string.
UBR_EXPORT const char* ubr_a11y_activate(std::uint32_t key) {
  const ubr::a11y::Item* item = find_item(key);
  if (item == nullptr) return (g_error_text = "no such item on this screen").c_str();
  if (!item->enabled) return (g_error_text = "'" + item->label + "' is not available now").c_str();
  if (item->widget) {  // the drawn control is pressed in the next frame (ui/accessibility.h, pressed_button)
    ubr::a11y::request_press(key);
    g_redraw_requested = true;
    return "";
  }
  if (!item->action) return (g_error_text = "'" + item->label + "' does nothing when activated").c_str();
  return run(*item->action);
}

// Sets a slider to `value` (clamped to its range and step).
UBR_EXPORT const char* ubr_a11y_set_value(std::uint32_t key, double value) {
  const ubr::a11y::Item* item = find_item(key);
  if (item == nullptr || item->role != ubr::a11y::Role::Slider || (!item->set_value && !item->widget)) {
    return (g_error_text = "no such slider on this screen").c_str();
  }
  if (!item->enabled || !std::isfinite(value))
    return (g_error_text = "'" + item->label + "' cannot take that value").c_str();
  double clamped = std::fmin(item->max, std::fmax(item->min, value));
  if (item->step > 0) clamped = item->min + std::round((clamped - item->min) / item->step) * item->step;
  if (item->widget) {
    ubr::a11y::request_value(key, clamped);
    g_redraw_requested = true;
    return "";
  }
  return run(item->set_value(clamped));
}

// Sets the text of a text field (what its twin holds after the user typed).
UBR_EXPORT const char* ubr_a11y_set_text(std::uint32_t key, const char* text) {
  const ubr::a11y::Item* item = find_item(key);
  if (item == nullptr || item->role != ubr::a11y::Role::TextField || text == nullptr) {
    return (g_error_text = "no such text field on this screen").c_str();
  }
  if (!item->enabled) return (g_error_text = "'" + item->label + "' cannot be changed now").c_str();
  ubr::a11y::request_text(key, text);
  g_redraw_requested = true;
  return "";
}

// The item's DOM twin has keyboard focus: scroll it into view on the canvas.
UBR_EXPORT void ubr_a11y_focus(std::uint32_t key) {
  ubr::a11y::request_scroll_into_view(key);
  g_redraw_requested = true;
}

// env(safe-area-inset-*) in CSS px, measured by the page.
UBR_EXPORT void ubr_a11y_set_insets(float top, float right, float bottom, float left) {
  ubr::a11y::set_safe_insets({top, right, bottom, left});
  g_redraw_requested = true;
}
