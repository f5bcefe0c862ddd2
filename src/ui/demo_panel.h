#pragma once
// The animated demonstration of one exercise with its controls: the figure (drag to orbit), the phase name under
// it, play/pause and a scrub bar, view presets and speed. Every control dispatches a demo action (core/demo.h).
#include "core/app_state.h"
#include "core/exercises/catalogue.h"
#include "ui/ui.h"

namespace ubr {

// Height the controls under the figure need at `width` (they wrap onto more rows on a phone).
float demo_controls_height(float width, const UiState& ui);
void draw_demo_panel(const AppState& state, const Exercise& exercise, const MotionLibrary& motion,
                     const Dispatch& dispatch, const UiState& ui, ImVec2 size);

}  // namespace ubr
