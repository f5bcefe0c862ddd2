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

// Installs a new document; statistics follow.
void set_doc(ProgressState& progress, ProgressDoc doc) {
  progress.doc = std::make_shared<const ProgressDoc>(std::move(doc));
  progress.stats = std::make_shared<const ProgressStats>(compute_stats(*progress.doc, progress.today));
}

// Imports may not hold sessions that start later than a day from now; without a clock, only the fixed bound.
std::int64_t latest_import_start(const WallClock& now) {
  return now.utc_ms > 0 ? std::min(now.utc_ms + kDayMs, kLatestStoredUtcMs) : kLatestStoredUtcMs;
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

std::string apply_import(ProgressState& progress, const ProgressDoc& backup, ImportMode mode,
                         std::vector<ProgressEffect>& effects) {
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
  effects.emplace_back(SaveProgress{});
  return {};
}

std::string file_date(const WallClock& now) {
  return now.utc_ms > 0 ? local_date(now) : "export";
}

struct ProgressReducer {
  ProgressState& progress;
  const WallClock& now;
  std::optional<ProgressNav>& nav;
  std::vector<ProgressEffect>& effects;

  // A change the user made (or an import): stored at once.
  void change_doc(ProgressDoc doc) {
    set_doc(progress, std::move(doc));
    effects.emplace_back(SaveProgress{});
  }

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
    change_doc(std::move(doc));
    return {};
  }

  std::string operator()(const LogSession& a) {
    if (find_session(*progress.doc, a.session.id) != nullptr) return "a session with id '" + a.session.id + "' exists";
    ProgressDoc doc = *progress.doc;
    doc.sessions.push_back(a.session);
    sort_sessions(doc.sessions);
    change_doc(std::move(doc));
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
    change_doc(std::move(doc));
    return {};
  }

  std::string operator()(const ImportBackup& a) {
    ProgressParse parsed = parse_progress(a.text, a.file_name, latest_import_start(now));
    if (!parsed.doc) return parsed.error;  // refused: the caller is told why, nothing changes
    return apply_import(progress, *parsed.doc, a.mode, effects);
  }

  std::string operator()(const ImportFileLoaded& a) {
    progress.pending_import.reset();
    std::string error = a.error;
    ProgressParse parsed;
    if (error.empty()) {
      parsed = parse_progress(a.text, a.file_name, latest_import_start(now));
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
    return apply_import(progress, *backup, a.mode, effects);
  }

  std::string operator()(const CancelImport&) {
    progress.pending_import.reset();
    progress.import_message.reset();
    return {};
  }

  std::string operator()(const ChooseImportFile&) {
    effects.emplace_back(OpenFilePicker{});
    return {};
  }

  std::string operator()(const ExportBackup& a) {
    if (a.format == ExportFormat::Json) {
      effects.emplace_back(Download{"upper-back-relief-progress-" + file_date(now) + ".json", "application/json",
                                    progress_to_json(*progress.doc, progress_app_version())});
    } else {
      effects.emplace_back(Download{"upper-back-relief-sessions-" + file_date(now) + ".csv", "text/csv",
                                    sessions_to_csv(*progress.doc)});
    }
    return {};
  }

  std::string operator()(const DownloadUnreadable&) {
    if (!progress.unreadable_text) return "there is no unreadable stored data";
    effects.emplace_back(
        Download{"upper-back-relief-unreadable-" + file_date(now) + ".txt", "text/plain", *progress.unreadable_text});
    return {};
  }

  std::string operator()(const StartFreshOverUnreadable&) {
    if (progress.storage.health != StorageHealth::Unreadable) return "stored progress is not unreadable";
    progress.storage.health = StorageHealth::Saved;  // the save below writes over the original, which is kept aside
    progress.storage.detail.clear();
    ProgressDoc doc = *progress.doc;
    change_doc(std::move(doc));
    return {};
  }

  std::string operator()(const ResetProgress&) {
    ProgressDoc doc;
    doc.epoch = progress.doc->epoch + 1;
    doc.goal.revision = progress.doc->goal.revision + 1;
    change_doc(std::move(doc));
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
    const bool save = a.needs_save || !progress.doc->sessions.empty();
    set_doc(progress, merge_backup(*a.doc, *progress.doc));
    if (save) effects.emplace_back(SaveProgress{});
    return {};
  }

  std::string operator()(const ProgressMerged& a) {
    if (!a.doc) return {};
    set_doc(progress, *a.doc);
    if (a.needs_save) effects.emplace_back(SaveProgress{});
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
};
}  // namespace

ProgressOutcome apply_progress_action(ProgressState& progress, const ProgressAction& action, const WallClock& now) {
  ProgressState next = progress;
  ProgressOutcome outcome;
  outcome.error = std::visit(ProgressReducer{next, now, outcome.nav, outcome.effects}, action);
  if (!outcome.error.empty()) return {std::move(outcome.error), std::nullopt, {}};  // nothing of it is kept
  progress = std::move(next);
  return outcome;
}

ProgressOutcome record_finished_session(ProgressState& progress, SessionRecord record) {
  if (find_session(*progress.doc, record.id) != nullptr) return {};
  ProgressDoc doc = *progress.doc;
  doc.sessions.push_back(std::move(record));
  sort_sessions(doc.sessions);
  set_doc(progress, std::move(doc));
  return {{}, std::nullopt, {SaveProgress{}}};
}

void observe_clock(ProgressState& progress, const WallClock& now) {
  if (now.utc_ms == 0) return;  // no reading: "today" stays as it was
  const std::int64_t today = local_day(now.utc_ms, now.utc_offset_minutes);
  if (progress.clock_known && today == progress.today) return;
  progress.today = today;
  progress.clock_known = true;
  progress.stats = std::make_shared<const ProgressStats>(compute_stats(*progress.doc, today));
}

}  // namespace ubr
