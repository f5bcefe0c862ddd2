#pragma once
// Keeps the safety acknowledgement and comfort settings in localStorage (stored_document.h), and reads them and
// the browser's colour-scheme and motion preferences at start-up.
#include "core/app_state.h"
#include "platform/app_host.h"

namespace ubr::safety_store {

constexpr const char* kStorageKey = "ubr.safety";

// At start-up, after the host exists: reads the stored acknowledgement and comfort settings and the browser's
// preferences, and turns the first-use safety gate on.
void restore(AppHost& host);
// The SaveSafety effect.
void save(const AppState& state);

}  // namespace ubr::safety_store
