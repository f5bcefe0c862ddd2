#pragma once
// Keeps the progress document in localStorage without ever losing data:
// - at start-up it reads the stored text; unreadable text (corrupt, wrong types, a newer schema) is copied aside
//   (stored_document.h) and never written over until the user chooses;
// - before each write it merges with what is stored (another tab may have written), and when another tab writes
//   (the `storage` event) it merges again, so sessions logged in either tab are all kept;
// - a failed write (storage disabled or full) leaves the previous document untouched and the app says so.
#include "core/actions.h"
#include "core/app_state.h"
#include "platform/app_host.h"

#include <vector>

namespace ubr::progress_store {

constexpr const char* kStorageKey = "ubr.progress";

// Reads stored progress into the host, asks for persistent storage and starts listening to other tabs.
void start(AppHost& host);
// The SaveProgress effect: merges with what is stored and writes. Returns what the core should learn of it (a
// merged document, how storage stands).
std::vector<Action> save(const AppState& state);
// Another tab wrote to storage.
void storage_changed(AppHost& host);

}  // namespace ubr::progress_store
