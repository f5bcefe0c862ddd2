#include "platform/cues.h"

#include "platform/web_api.h"

namespace {
bool g_voice_available = false;
}

#if defined(__EMSCRIPTEN__)
// clang-format off
EM_JS(void, ubr_cues_play, (int sound, double volume), {
  if (window.ubr.cues) window.ubr.cues.play(sound, volume);
});
EM_JS(void, ubr_cues_say, (const char* text, double volume), {
  if (window.ubr.cues) window.ubr.cues.say(UTF8ToString(text), volume);
});
EM_JS(void, ubr_cues_keep_screen_on, (int on), {
  if (window.ubr.cues) window.ubr.cues.keepScreenOn(on !== 0);
});
// clang-format on
#else
void ubr_cues_play(int, double) {}
void ubr_cues_say(const char*, double) {}
void ubr_cues_keep_screen_on(int) {}
#endif

namespace ubr::cues {
void play(CueSound sound, double volume) {
  ubr_cues_play(static_cast<int>(sound), volume);
}
void say(const std::string& text, double volume) {
  ubr_cues_say(text.c_str(), volume);
}
bool voice_available() {
  return g_voice_available;
}
void keep_screen_on(bool on) {
  ubr_cues_keep_screen_on(on ? 1 : 0);
}
}  // namespace ubr::cues

// web/cues.js: whether a local voice exists now (1) or not (0).
UBR_EXPORT void ubr_cues_voice_available(int available) {
  g_voice_available = available != 0;
}
