// Stores the safety acknowledgement and comfort settings in localStorage, and reads them (and the browser's
// colour-scheme and motion preferences) at start-up. An unreadable stored document is copied aside before
// anything is saved over it, so nothing the user had is lost without trace.
#include "core/safety/safety.h"
#include "platform/a11y.h"
#include "platform/local_storage.h"

#include <cstdio>
#include <string>

#if defined(__EMSCRIPTEN__)
#include <emscripten/emscripten.h>
// clang-format off
EM_JS(int, ubr_a11y_storage_media_matches, (const char* query), {
  try {
    return window.matchMedia(UTF8ToString(query)).matches ? 1 : 0;
  } catch (e) {
    return 0;
  }
});
// clang-format on
#else
int ubr_a11y_storage_media_matches(const char*) {
  return 0;
}
#endif

namespace ubr::a11y_platform {
namespace {
constexpr const char* kStorageKey = "ubr.safety";
std::string g_saved_text;  // what storage holds (or held when we started), to write only on a change
// The fields last compared, so an unchanged step costs four comparisons and no JSON.
struct Stored {
  bool acknowledged = false;
  ComfortSettings settings;
  bool operator==(const Stored& o) const {
    return acknowledged == o.acknowledged && settings.text_scale == o.settings.text_scale &&
           settings.theme == o.settings.theme && settings.motion == o.settings.motion;
  }
};
Stored g_compared;
}  // namespace

void restore(AppHost& host) {
  const local_storage::ReadResult read = local_storage::read(kStorageKey);
  if (!read.error.empty()) std::fprintf(stderr, "Safety settings could not be read: %s\n", read.error.c_str());
  host.apply(SafetyAction{RestoreSafety{read.value}});
  const bool dark = ubr_a11y_storage_media_matches("(prefers-color-scheme: dark)") != 0;
  const bool reduced_motion = ubr_a11y_storage_media_matches("(prefers-reduced-motion: reduce)") != 0;
  host.apply(SafetyAction{SetSystemPreferences{dark, reduced_motion}});
  if (read.value && !host.state().safety.load_error.empty()) {
    const std::string error = local_storage::write(std::string(kStorageKey) + ".unreadable", *read.value);
    if (!error.empty()) std::fprintf(stderr, "Unreadable safety settings could not be kept: %s\n", error.c_str());
  }
  g_saved_text = read.value.value_or("");
  g_compared = {host.state().safety.acknowledged, host.state().comfort.settings};
}

void save_if_changed(const AppState& state) {
  const Stored now{state.safety.acknowledged, state.comfort.settings};
  if (now == g_compared) return;
  g_compared = now;
  const std::string text = safety_document_to_json(state.safety, state.comfort.settings);
  if (text == g_saved_text) return;
  // Nothing to store until the user acknowledged or chose something: the defaults need no document.
  if (g_saved_text.empty() && text == safety_document_to_json(SafetyState{}, ComfortSettings{})) return;
  const std::string error = local_storage::write(kStorageKey, text);
  if (!error.empty()) std::fprintf(stderr, "Safety settings could not be saved: %s\n", error.c_str());
  g_saved_text = text;  // a failed write is reported once, not retried every frame
}

}  // namespace ubr::a11y_platform
