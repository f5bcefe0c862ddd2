#pragma once
// Keeps the progress document in localStorage without ever losing data:
// - at start-up it reads the stored text; unreadable text (corrupt, wrong types, a newer schema) is copied to a
//   separate key and never written over until the user chooses;
// - before each write it merges with what is stored (another tab may have written), and when another tab writes
//   (the `storage` event) it merges again, so sessions logged in either tab are all kept;
// - a failed write (storage disabled or full) leaves the previous document untouched and the app says so.
// It also carries out the progress screen's requests: downloads, the file picker, navigator.storage.persist().
#include "platform/app_host.h"

namespace ubr::progress_store {

constexpr const char* kStorageKey = "ubr.progress";
constexpr const char* kUnreadableKey = "ubr.progress.unreadable";

// Reads stored progress into the host, asks for persistent storage and starts listening to other tabs.
void start(AppHost& host);
// Saves if the document changed and carries out pending requests. Called after every action and time step.
void sync(AppHost& host);
// Another tab wrote to storage.
void storage_changed(AppHost& host);
// Keeps the core's clock (today's date for streaks, now for checking imports) current; cheap when nothing changed.
void tick_clock(AppHost& host);

}  // namespace ubr::progress_store
