#include "core/progress/update.h"

#include "core/base/dates.h"
#include "core/progress/csv.h"
#include "core/progress/document.h"
#include "core/progress/merge.h"

#include <algorithm>
#include <type_traits>

#ifndef UBR_APP_VERSION
#define UBR_APP_VERSION "0.0.0"
#endif

namespace ubr {

std::string_view progress_app_version() {
  return UBR_APP_VERSION;
}

namespace {
constexpr std::int64_t kDayMs = 86400000;

// Installs a new document: statistics follow, and the platform sees the revision move and saves.
void set_doc(ProgressState& progress, ProgressDoc doc, bool needs_save = true) {
  progress.doc = std::make_shared<const ProgressDoc>(std::move(doc));
  progress.stats = std::make_shared<const ProgressStats>(compute_stats(*progress.doc, progress.today));
  if (needs_save) ++progress.revision;
}

// Imports may not hold sessions that start later than a day from now; without a clock, only the fixed bound.
std::int64_t latest_import_start(const ProgressState& progress) {
  return progress.now_utc_ms > 0 ? std::min(progress.now_utc_ms + kDayMs, kLatestStoredUtcMs) : kLatestStoredUtcMs;
}

std::string plural(std::size_t count, const char* word) {
  return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

int count_new(const ProgressDoc& current, const ProgressDoc& backup) {
  int fresh = 0;
  for (const SessionRecord& session : backup.sessions) {
    if (find_session(current, session.id) == nullptr) ++fresh;
  }
  return fresh;
}

std::string apply_import(ProgressState& progress, const ProgressDoc& backup, ImportMode mode) {
  const ProgressDoc& current = *progress.doc;
  const int fresh = count_new(current, backup);
  if (mode == ImportMode::Merge) {
    set_doc(progress, merge_backup(current, backup));
    progress.import_message = ImportMessage{
        true, "Imported " + plural(backup.sessions.size(), "session") + " (" + std::to_string(fresh) + " new)."};
  } else {
    ProgressDoc replaced = backup;
    replaced.epoch = std::max(current.epoch, backup.epoch) + 1;  // other tabs adopt it instead of merging
    replaced.goal.revision = std::max(current.goal.revision, backup.goal.revision) + 1;
    set_doc(progress, std::move(replaced));
    progress.import_message = ImportMessage{
        true, "Replaced your progress with the backup's " + plural(backup.sessions.size(), "session") + "."};
  }
  progress.pending_import.reset();
  return {};
}

std::string file_date(const ProgressState& progress) {
  return progress.now_utc_ms > 0 ? format_local_date(progress.today) : "export";
}

struct ProgressReducer {
  ProgressState& progress;
  std::optional<ProgressNav>& nav;

  std::string operator()(const AnnotateSession& a) {
    const SessionRecord* existing = find_session(*progress.doc, a.id);
    if (existing == nullptr) return "no recorded session with id '" + a.id + "'";
    for (const auto& pain : {a.pain_before, a.pain_after}) {
      if (pain && (*pain < 0 || *pain > kMaxPain)) {
        return "pain must be a whole number from 0 to " + std::to_string(kMaxPain);
      }
    }
    if (a.note && a.note->size() > kMaxNoteBytes) {
      return "the note is longer than " + std::to_string(kMaxNoteBytes) + " bytes";
    }
    ProgressDoc doc = *progress.doc;
    for (SessionRecord& session : doc.sessions) {
      if (session.id != a.id) continue;
      if (a.pain_before) session.pain_before = a.pain_before;
      if (a.clear_pain_before) session.pain_before.reset();
      if (a.pain_after) session.pain_after = a.pain_after;
      if (a.clear_pain_after) session.pain_after.reset();
      if (a.note) session.note = *a.note;
      ++session.revision;
    }
    set_doc(progress, std::move(doc));
    return {};
  }

  std::string operator()(const LogSession& a) {
    if (find_session(*progress.doc, a.session.id) != nullptr) return "a session with id '" + a.session.id + "' exists";
    ProgressDoc doc = *progress.doc;
    doc.sessions.push_back(a.session);
    sort_sessions(doc.sessions);
    set_doc(progress, std::move(doc));
    return {};
  }

  std::string operator()(const SetWeeklyGoal& a) {
    if (a.sessions_per_week < kMinWeeklyGoal || a.sessions_per_week > kMaxWeeklyGoal) {
      return "the weekly goal must be from " + std::to_string(kMinWeeklyGoal) + " to " +
             std::to_string(kMaxWeeklyGoal) + " sessions";
    }
    ProgressDoc doc = *progress.doc;
    doc.goal.sessions_per_week = a.sessions_per_week;
    ++doc.goal.revision;
    set_doc(progress, std::move(doc));
    return {};
  }

  std::string operator()(const ImportBackup& a) {
    ProgressParse parsed = parse_progress(a.text, a.file_name, latest_import_start(progress));
    if (!parsed.doc) {
      progress.import_message = ImportMessage{false, "Nothing was imported. " + parsed.error};
      return parsed.error;
    }
    return apply_import(progress, *parsed.doc, a.mode);
  }

  std::string operator()(const ImportFileLoaded& a) {
    progress.pending_import.reset();
    std::string error = a.error;
    ProgressParse parsed;
    if (error.empty()) {
      parsed = parse_progress(a.text, a.file_name, latest_import_start(progress));
      error = parsed.error;
    }
    if (!parsed.doc) {
      progress.import_message = ImportMessage{false, "Nothing was imported. " + error};
      return {};  // the platform reported a file; the message in the state is the answer
    }
    const int fresh = count_new(*progress.doc, *parsed.doc);
    progress.pending_import =
        PendingImport{std::make_shared<const ProgressDoc>(std::move(*parsed.doc)), a.file_name, fresh};
    progress.import_message.reset();
    return {};
  }

  std::string operator()(const ConfirmImport& a) {
    if (!progress.pending_import) return "no backup file is waiting to be imported";
    const std::shared_ptr<const ProgressDoc> backup = progress.pending_import->doc;
    return apply_import(progress, *backup, a.mode);
  }

  std::string operator()(const CancelImport&) {
    progress.pending_import.reset();
    progress.import_message.reset();
    return {};
  }

  std::string operator()(const ChooseImportFile&) {
    progress.file_picker_requested = true;
    return {};
  }

  std::string operator()(const ExportBackup& a) {
    if (a.format == ExportFormat::Json) {
      progress.downloads.push_back({"upper-back-relief-progress-" + file_date(progress) + ".json", "application/json",
                                    progress_to_json(*progress.doc, progress_app_version())});
    } else {
      progress.downloads.push_back(
          {"upper-back-relief-sessions-" + file_date(progress) + ".csv", "text/csv", sessions_to_csv(*progress.doc)});
    }
    return {};
  }

  std::string operator()(const DownloadUnreadable&) {
    if (!progress.unreadable_text) return "there is no unreadable stored data";
    progress.downloads.push_back(
        {"upper-back-relief-unreadable-" + file_date(progress) + ".txt", "text/plain", *progress.unreadable_text});
    return {};
  }

  std::string operator()(const StartFreshOverUnreadable&) {
    if (progress.storage.health != StorageHealth::Unreadable) return "stored progress is not unreadable";
    progress.storage.health = StorageHealth::Saved;  // the platform writes on the revision bump below
    progress.storage.detail.clear();
    ProgressDoc doc = *progress.doc;
    set_doc(progress, std::move(doc));
    return {};
  }

  std::string operator()(const ResetProgress&) {
    ProgressDoc doc;
    doc.epoch = progress.doc->epoch + 1;
    doc.goal.revision = progress.doc->goal.revision + 1;
    set_doc(progress, std::move(doc));
    progress.pending_import.reset();
    progress.import_message.reset();
    return {};
  }

  std::string operator()(const OpenProgress&) {
    nav = ProgressNav::ShowProgress;
    return {};
  }

  std::string operator()(const ProgressLoaded& a) {
    progress.storage = a.status;
    progress.unreadable_text = a.unreadable_text;
    if (!a.doc) return {};
    // Sessions finished before the load (unlikely, but possible) are kept: what was loaded joins what is in memory.
    set_doc(progress, merge_backup(*a.doc, *progress.doc), a.needs_save || !progress.doc->sessions.empty());
    return {};
  }

  std::string operator()(const ProgressMerged& a) {
    if (!a.doc) return {};
    set_doc(progress, *a.doc, a.needs_save);
    return {};
  }

  std::string operator()(const StorageReport& a) {
    // Unreadable data stays flagged until the user chooses, whatever later reads report.
    if (progress.storage.health == StorageHealth::Unreadable && a.health != StorageHealth::Unreadable) return {};
    progress.storage.health = a.health;
    progress.storage.detail = a.detail;
    return {};
  }

  std::string operator()(const PersistResult& a) {
    progress.storage.persisted = a.persisted;
    return {};
  }

  std::string operator()(const ProgressClock& a) {
    progress.now_utc_ms = a.now_utc_ms;
    progress.utc_offset_minutes = a.utc_offset_minutes;
    const std::int64_t today = local_day(a.now_utc_ms, a.utc_offset_minutes);
    if (today != progress.today) {
      progress.today = today;
      progress.stats = std::make_shared<const ProgressStats>(compute_stats(*progress.doc, today));
    }
    return {};
  }

  std::string operator()(const ProgressEffectsTaken&) {
    progress.downloads.clear();
    progress.file_picker_requested = false;
    return {};
  }
};
}  // namespace

ProgressOutcome apply_progress_action(ProgressState& progress, const ProgressAction& action) {
  ProgressState next = progress;
  std::optional<ProgressNav> nav;
  std::string error = std::visit(ProgressReducer{next, nav}, action);
  // A refused import still leaves its message for the screen; nothing else of a refused action is kept.
  if (!error.empty()) {
    progress.import_message = next.import_message;
    return {std::move(error), std::nullopt};
  }
  progress = std::move(next);
  return {{}, nav};
}

void record_finished_sessions(ProgressState& progress, std::vector<SessionRecord> records) {
  if (records.empty()) return;
  ProgressDoc doc = *progress.doc;
  for (SessionRecord& record : records) {
    if (find_session(doc, record.id) == nullptr) doc.sessions.push_back(std::move(record));
  }
  sort_sessions(doc.sessions);
  set_doc(progress, std::move(doc));
}

}  // namespace ubr
