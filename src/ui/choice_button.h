#pragma once
// A button that is one of a few choices and shows whether it is the chosen one (accent background), announced to
// screen readers as a pressed or unpressed toggle, so touch, mouse, keyboard and the mirror all see the same state.
#include "core/actions.h"
#include "ui/ui.h"

#include <string>

namespace ubr {

// Draws the choice labelled `visible` (spoken as `spoken`); dispatches `action` when pressed and returns whether it
// was. `height` 0 keeps ImGui's own button height.
bool choice_button(const char* visible, const std::string& spoken, bool selected, Action action,
                   const Dispatch& dispatch, bool enabled = true, float height = 0);

}  // namespace ubr
