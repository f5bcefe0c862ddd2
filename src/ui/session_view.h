#pragma once
// Parts of the guided-session screen, shared between its files: the countdown ring and the words for a phase.
#include "core/session/session.h"

#include <imgui.h>

#include <string>

namespace ubr {

// A ring that empties as `fraction` goes from 1 to 0, with `big` text in its middle and `small` text under it.
void draw_countdown_ring(ImDrawList& draw, ImVec2 centre, float radius, double fraction, const char* big,
                         const char* small, ImFont* big_font, ImFont* small_font);

// "Get ready", "Rep", "Hold", "Relax", "Rest", "Switch sides", "Next up", "Summary".
const char* phase_label(SessionPhase phase);

// "Rep 3 of 10", "Set 2 of 3", "Arm 1 of 2": empty where it does not apply.
std::string rep_text(const Session& session);
std::string set_text(const Session& session);
std::string side_text(const Session& session);

}  // namespace ubr
