#pragma once
// The progress part of AppState: the document, the statistics derived from it, and where storage stands.
#include "core/progress/doc.h"
#include "core/progress/stats.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ubr {

enum class StorageHealth {
  Loading,      // not read yet
  Saved,        // the stored document matches what is shown
  Unavailable,  // localStorage cannot be used (disabled, or it throws): working in memory only
  Full,         // the last write hit the quota: working in memory only, the stored document is the previous one
  Unreadable,   // stored data could not be read; a copy is kept aside, then new progress is saved over it
};
const char* storage_health_name(StorageHealth health);

struct StorageStatus {
  StorageHealth health = StorageHealth::Loading;
  std::string detail;          // the technical reason (storage's error, the parser's message)
  std::string unreadable_key;  // where the unreadable original was copied, or empty if copying failed
  std::string persisted =
      "unknown";  // navigator.storage.persist(): "granted", "denied", "unsupported", "not-asked", "asking", "unknown"
};

// A backup file read in and checked, waiting for the user to choose merge or replace.
struct PendingImport {
  std::shared_ptr<const ProgressDoc> doc;
  std::string file_name;
  int new_sessions = 0;  // sessions the backup holds that the current data does not
};

struct ImportMessage {
  bool ok = false;
  std::string text;  // "Imported 12 sessions (3 new)." or what is wrong with the file
};

struct ProgressState {
  // Immutable and shared: copying AppState (each action, each frame) never copies a thousand sessions.
  std::shared_ptr<const ProgressDoc> doc = std::make_shared<const ProgressDoc>();
  std::shared_ptr<const ProgressStats> stats = std::make_shared<const ProgressStats>();
  StorageStatus storage;
  std::shared_ptr<const std::string> unreadable_text;  // the original of unreadable stored data, for download

  // The user's local day for streaks and the calendar, from the latest clock reading (observe_clock in update.h).
  std::int64_t today = 0;    // local day number
  bool clock_known = false;  // false until a reading was given (native tests may give none)

  std::optional<PendingImport> pending_import;
  std::optional<ImportMessage> import_message;
};

}  // namespace ubr
