#pragma once
// What assistive technology needs from a canvas UI: each drawn frame, the screens publish their interactive items
// (role, label, rectangle in CSS px, enabled, value) and the actions that activating them performs, and the line the
// page's live region should read out. The platform (platform/a11y.cpp) hands the published frame to the page, which
// keeps a DOM mirror of real buttons, sliders and checkboxes over the canvas (web/a11y.js); other page scripts
// follow it too (web/pwa.js steps aside while a session runs). One call after each widget is all a screen adds:
//
//   if (ImGui::Button("Pause")) dispatch(PauseSession{});
//   a11y::button("Pause", PauseSession{});
#include "core/actions.h"

#include <imgui.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ubr::a11y {

// Toggle: a button that stays pressed; TextField: a line of text to edit.
enum class Role : std::uint8_t { Button, Toggle, Checkbox, Slider, Text, TextField };

struct Rect {
  float x = 0, y = 0, width = 0, height = 0;  // CSS pixels from the canvas' top left
};

struct Item {
  Role role = Role::Button;
  std::uint32_t key = 0;  // stable across frames (the ImGui id), so the page keeps focus on the same element
  std::string label;
  Rect rect;             // the part of the item that is on screen
  bool visible = false;  // false when scrolled out of view (rect is then empty)
  bool enabled = true;
  bool checked = false;                          // checkboxes; toggles: pressed
  double value = 0, min = 0, max = 0, step = 1;  // sliders
  std::string value_text;                        // sliders: what the value means ("30 seconds")
  // Buttons, checkboxes: what activating does. One action, the same one the drawn control dispatches, so a click,
  // a tap and the mirror's Enter always do the same thing.
  std::optional<Action> action;
  std::function<Action(double)> set_value;  // sliders: the action that sets a new value
  // The control changes the screen's own widget state (see pressed_button): the mirror hands its presses, values and
  // text back to the drawn control in the next frame instead of running an action.
  bool widget = false;
};

struct Frame {
  std::string screen;  // state().screen, e.g. "exercise"
  std::string title;   // the heading the page shows for this screen, e.g. "Arm Slides"
  std::vector<Item> items;
  // The live region's latest line; the page reads it out each time `announcement_id` changes (so the same words
  // twice are read twice). Both carry over to later frames until the next announce().
  std::string announcement;
  std::uint64_t announcement_id = 0;
  bool session_running = false;  // a guided session is running (not yet at its summary)
  // A drawn text field is being typed into: the page gives the canvas keyboard focus meanwhile (web/keys.js).
  bool text_input = false;
};

// Starts collecting a frame; the previous complete frame stays readable until end_frame().
void begin_frame(std::string screen, std::string title, bool session_running);
void end_frame();
// The frame most recently completed.
const Frame& published();

// Describe the last ImGui item (call right after the widget).
void button(std::string label, Action action, bool enabled = true);
void checkbox(std::string label, bool checked, Action toggle, bool enabled = true);
// A button that shows a selected state (one of a few choices), announced as pressed or not.
void toggle(std::string label, bool pressed, Action action, bool enabled = true);
void slider(std::string label, double value, double min, double max, double step, std::string value_text,
            std::function<Action(double)> set_value, bool enabled = true);
// Controls whose press changes the screen's own widget state (a confirmation asked, the calendar's month, a history
// entry opened, an editor saved and closed), not only the app's: the mirror's twin presses the drawn control itself in
// the next frame, so a click, a tap and the twin's Enter all run the screen's one `if`. Call right after the widget
// with what it returned; returns whether it was pressed either way:
//
//   if (a11y::pressed_button("Reset all progress...", ImGui::Button("Reset all progress..."))) ui.confirm_reset = true;
bool pressed_button(std::string label, bool clicked, bool enabled = true);
bool pressed_toggle(std::string label, bool on, bool clicked, bool enabled = true);
// A slider over widget state (`value`, which the drawn slider sets itself): the value the mirror's twin set, if it
// did since the last frame; the screen stores it as the drawn slider would.
std::optional<double> widget_slider(std::string label, double value, double min, double max, double step,
                                    std::string value_text, bool enabled = true);
// A text field over widget state (`text`, the field's buffer): the text the mirror's twin now holds, if it changed.
std::optional<std::string> text_field(std::string label, std::string text, bool enabled = true);

// The page's mirror asked (platform/a11y.cpp): the widget with this key is pressed, or given a value or text, when it
// is drawn in the next frame; requests that no drawn widget takes by the end of that frame are dropped.
void request_press(std::uint32_t key);
void request_value(std::uint32_t key, double value);
void request_text(std::uint32_t key, std::string text);

// Text that a screen reader should read (instructions, cautions), described by the last ImGui item's rectangle.
void text(std::string text);
// A line for the live region to read out now ("Rest, 30 seconds"), whatever has focus.
void announce(std::string line);

// The page asked for this item to be shown (its DOM twin received keyboard focus): the next frame that publishes
// it scrolls it into view.
void request_scroll_into_view(std::uint32_t key);

// Safe-area insets of the page in CSS px (notches, rounded corners), which the screens keep clear of.
struct Insets {
  float top = 0, right = 0, bottom = 0, left = 0;
};
void set_safe_insets(Insets insets);
Insets safe_insets();

}  // namespace ubr::a11y
