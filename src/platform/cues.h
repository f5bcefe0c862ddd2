#pragma once
// Sound, speech and the screen wake lock in the browser (web/cues.js, `ubr.cues`). Natively they do nothing, so the
// same shell builds everywhere. Audio can only start after the user's first tap; the page arranges that.
#include "core/session/cues.h"

#include <string>

namespace ubr::cues {

void play(CueSound sound, double volume);
void say(const std::string& text, double volume);
// Whether the browser offers a local (offline) voice; without one only the beeps are used. The page says so when
// the app starts and whenever the browser's voices change (ubr_cues_voice_available).
bool voice_available();
// Asks for (true) or releases (false) the screen wake lock; the page takes it again when it becomes visible.
void keep_screen_on(bool on);

}  // namespace ubr::cues
