#pragma once
// Sound, speech and the screen wake lock in the browser (web/session_cues.js). Natively they do nothing, so the
// same shell builds everywhere. Audio can only start after the user's first tap; the page arranges that.
#include "core/session/cues.h"

#include <string>

namespace ubr::cue_output {

void play(CueSound sound, double volume);
void say(const std::string& text, double volume);
// Whether the browser offers a local (offline) voice; without one only the beeps are used.
bool voice_available();
// Asks for (true) or releases (false) the screen wake lock; the page takes it again when it becomes visible.
void keep_screen_on(bool on);

}  // namespace ubr::cue_output
