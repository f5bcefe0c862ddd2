#include "platform/cue_output.h"

#if defined(__EMSCRIPTEN__)
#include <emscripten/emscripten.h>

// clang-format off
EM_JS(void, ubr_cue_play, (int sound, double volume), {
  if (window.ubrCues) window.ubrCues.play(sound, volume);
});
EM_JS(void, ubr_cue_say, (const char* text, double volume), {
  if (window.ubrCues) window.ubrCues.say(UTF8ToString(text), volume);
});
EM_JS(int, ubr_cue_voice_available, (), {
  return window.ubrCues && window.ubrCues.voiceAvailable() ? 1 : 0;
});
EM_JS(void, ubr_cue_keep_screen_on, (int on), {
  if (window.ubrCues) window.ubrCues.keepScreenOn(on !== 0);
});
// clang-format on

namespace ubr::cue_output {
void play(CueSound sound, double volume) {
  ubr_cue_play(static_cast<int>(sound), volume);
}
void say(const std::string& text, double volume) {
  ubr_cue_say(text.c_str(), volume);
}
bool voice_available() {
  return ubr_cue_voice_available() != 0;
}
void keep_screen_on(bool on) {
  ubr_cue_keep_screen_on(on ? 1 : 0);
}
}  // namespace ubr::cue_output

#else
namespace ubr::cue_output {
void play(CueSound, double) {}
void say(const std::string&, double) {}
bool voice_available() {
  return false;
}
void keep_screen_on(bool) {}
}  // namespace ubr::cue_output
#endif
