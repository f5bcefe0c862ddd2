#pragma once
// What the user should hear as a session moves on: beeps at phase changes, a distinct tone in the last three
// seconds of a countdown, a finishing sound, and short spoken cues. Worked out by comparing the session before and
// after an update or a time step (session_feedback in update.h), so the core stays pure and the platform only plays
// the effects it is given.
#include "core/session/session.h"

#include <string>
#include <vector>

namespace ubr {

enum class CueSound : std::uint8_t {
  None,
  PhaseChange,  // a new phase begins
  LastSeconds,  // 3, 2, 1 of a countdown: a higher, shorter tone
  Finish,       // the session is over
  Reminder,     // a reminder came and no system notification could show it: the in-app banner's soft chime
};

struct Cue {
  CueSound sound = CueSound::None;
  std::string speech;  // empty for a sound alone
};

std::vector<Cue> cues_between(const Session& before, const Session& after);

}  // namespace ubr
