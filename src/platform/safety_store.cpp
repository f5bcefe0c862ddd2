#include "platform/safety_store.h"

#include "core/safety/safety.h"
#include "platform/stored_document.h"

#include <cstdio>
#include <string>

#if defined(__EMSCRIPTEN__)
#include <emscripten/emscripten.h>
// clang-format off
EM_JS(int, ubr_safety_store_media_matches, (const char* query), {
  try {
    return window.matchMedia(UTF8ToString(query)).matches ? 1 : 0;
  } catch (e) {
    return 0;
  }
});
// clang-format on
#else
int ubr_safety_store_media_matches(const char*) {
  return 0;
}
#endif

namespace ubr::safety_store {
namespace {
StoredDocument& document() {
  static StoredDocument instance{kStorageKey};
  return instance;
}
}  // namespace

void restore(AppHost& host) {
  const local_storage::ReadResult read = document().read();
  if (!read.error.empty()) std::fprintf(stderr, "Safety settings could not be read: %s\n", read.error.c_str());
  host.apply(SafetyAction{RestoreSafety{read.value}});
  const bool dark = ubr_safety_store_media_matches("(prefers-color-scheme: dark)") != 0;
  const bool reduced_motion = ubr_safety_store_media_matches("(prefers-reduced-motion: reduce)") != 0;
  host.apply(SafetyAction{SetSystemPreferences{dark, reduced_motion}});
  if (read.value && !host.state().safety.load_error.empty()) document().keep_unreadable(*read.value);
}

void save(const AppState& state) {
  // The guidance and the comfort controls work on in memory; the next visit shows the guidance again.
  const std::string error = document().write(safety_document_to_json(state.safety, state.comfort.settings));
  if (!error.empty()) std::fprintf(stderr, "Safety settings could not be saved: %s\n", error.c_str());
}

}  // namespace ubr::safety_store
