#pragma once
// Parts of the guided-session screen, shared between its files: the countdown ring, the words for a phase, and
// what the page's live region says as the session moves on.
#include "core/session/session.h"

#include <imgui.h>

#include <cstdint>
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
// "Paused", or "Paused while the page was hidden".
std::string paused_text(const Session& session);

// The live region (web/a11y.js reads out each new line) says each step as it begins, in the words the screen shows:
// "Get ready, 5 seconds. First: Arm Slides", "Arm Slides, rep 3 of 10, set 1 of 2, first arm", "Hold, 5 seconds",
// "Relax", "Rest, 30 seconds", "Switch sides", "Next: Doorway Stretch. Get into position, 10 seconds",
// "Session complete" (or "Session ended early"); and "Paused", "Resumed". As with the voice cues
// (core/session/cues.h), what is new is found by comparing the session with how it was last seen.
struct SessionSeen {
  bool active = false;
  std::uint64_t step_serial = 0;
  bool paused = false;
};
SessionSeen session_seen(const Session& session);
// The line to announce now, or empty when nothing new happened since `before`.
std::string session_announcement(const SessionSeen& before, const Session& session);
// The line for the current step.
std::string step_announcement(const Session& session);

}  // namespace ubr
