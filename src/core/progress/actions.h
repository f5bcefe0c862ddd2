#pragma once
// Everything that changes progress, as one alternative of ubr::Action (ProgressAction) so the shared action list
// grows by one entry only. The first group comes from the UI and the automation interface; the second only from
// the platform (storage, files), and has no JSON form.
#include "core/progress/doc.h"
#include "core/progress/state.h"
#include "core/session/record.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>

namespace ubr {

// Pain before/after and a note on a recorded session (the session summary). Absent fields are left as they are;
// `clear_*` removes a rating.
struct AnnotateSession {
  std::string id;
  std::optional<int> pain_before;
  std::optional<int> pain_after;
  std::optional<std::string> note;
  bool clear_pain_before = false;
  bool clear_pain_after = false;
};
// Records a session as if one had just been run. A hook for tests and automation, checked like an import.
struct LogSession {
  SessionRecord session;
};
struct SetWeeklyGoal {
  int sessions_per_week = kDefaultWeeklyGoal;
};
enum class ImportMode { Merge, Replace };
// Imports a backup's text at once (automation), or the file the user picked (ConfirmImport).
struct ImportBackup {
  std::string text;
  ImportMode mode = ImportMode::Merge;
  std::string file_name = "backup";
};
struct ConfirmImport {
  ImportMode mode = ImportMode::Merge;
};
struct CancelImport {};
struct ChooseImportFile {};
enum class ExportFormat { Json, Csv };
struct ExportBackup {
  ExportFormat format = ExportFormat::Json;
};
struct DownloadUnreadable {};
// The user's choice about unreadable stored data: start with what is in memory; the original stays copied.
struct StartFreshOverUnreadable {};
struct ResetProgress {};
struct OpenProgress {};

// From the platform.
struct ProgressLoaded {
  std::shared_ptr<const ProgressDoc> doc;  // null when nothing could be read
  StorageStatus status;
  std::shared_ptr<const std::string> unreadable_text;
  bool needs_save = false;  // e.g. after a migration
};
struct ProgressMerged {  // stored data changed by another tab, merged with ours
  std::shared_ptr<const ProgressDoc> doc;
  bool needs_save = false;
};
struct StorageReport {  // outcome of a write or read
  StorageHealth health = StorageHealth::Saved;
  std::string detail;
};
struct PersistResult {
  std::string persisted;
};
struct ImportFileLoaded {
  std::string text;
  std::string file_name;
  std::string error;  // the platform could not read the file (or it is too large to read)
};

using ProgressAction =
    std::variant<AnnotateSession, LogSession, SetWeeklyGoal, ImportBackup, ConfirmImport, CancelImport,
                 ChooseImportFile, ExportBackup, DownloadUnreadable, StartFreshOverUnreadable, ResetProgress,
                 OpenProgress, ProgressLoaded, ProgressMerged, StorageReport, PersistResult, ImportFileLoaded>;

}  // namespace ubr
