// The progress feature's JSON for window.app: actions in, the progress member of state() out.
#include "core/progress/json.h"

#include "core/base/dates.h"
#include "core/base/json_reader.h"
#include "core/progress/document.h"
#include "core/progress/record_json.h"

namespace ubr {
namespace {
using nlohmann::json;

constexpr std::int64_t kLoggedSessionMs = 10 * 60 * 1000;  // the length of a logged session that gives no end

using ProgressParsed = Parsed<ProgressAction>;

ProgressParsed done(ProgressAction action) {
  return {std::move(action), {}};
}
ProgressParsed refused(const JsonReader& reader) {
  return {std::nullopt, reader.error()};
}

// A rating may be a whole number 0..10, or null to remove it.
void read_rating(JsonReader& reader, const json& object, const char* key, std::optional<int>& value, bool& clear) {
  if (!object.contains(key)) return;
  if (object.at(key).is_null()) {
    clear = true;
    return;
  }
  value = reader.whole_number(object, key, "", 0, kMaxPain);
}

ProgressParsed parse_annotate(const json& object) {
  JsonReader reader{"annotateSession"};
  AnnotateSession action;
  action.id = reader.text(object, "id", "");
  // The annotated fields are named as in the readable record.
  read_rating(reader, object, kRecordPainBefore.readable, action.pain_before, action.clear_pain_before);
  read_rating(reader, object, kRecordPainAfter.readable, action.pain_after, action.clear_pain_after);
  if (object.contains(kRecordNote.readable)) {
    action.note = reader.text(object, kRecordNote.readable, "", /*allow_empty=*/true);
  }
  if (!reader.ok()) return refused(reader);
  return done(action);
}

// The session in the readable form (as in schema 1, plus utcOffsetMinutes), with defaults for what a test leaves
// out, then checked by the same reader as stored data.
ProgressParsed parse_log(const json& object) {
  json readable = object;
  readable.erase("type");
  JsonReader reader{"logSession"};
  const char* const start_key = kRecordStart.readable;
  if (!readable.contains(start_key) || !readable.at(start_key).is_number_integer()) {
    reader.fail(start_key, "expected a time in whole milliseconds (UTC)");
    return refused(reader);
  }
  const auto start = readable.at(start_key).get<std::int64_t>();
  if (!readable.contains(kRecordUtcOffset.readable)) readable[kRecordUtcOffset.readable] = 0;
  const json& offset = readable.at(kRecordUtcOffset.readable);
  if (!readable.contains(kRecordDate.readable) && offset.is_number_integer() && start > 0 &&
      start < kLatestStoredUtcMs) {
    const auto minutes = offset.get<std::int64_t>();
    if (minutes >= -kMaxRecordUtcOffsetMinutes && minutes <= kMaxRecordUtcOffsetMinutes) {
      readable[kRecordDate.readable] = format_local_date(local_day(start, static_cast<int>(minutes)));
    }
  }
  if (!readable.contains(kRecordEnd.readable)) readable[kRecordEnd.readable] = start + kLoggedSessionMs;
  if (!readable.contains(kRecordCompleted.readable)) readable[kRecordCompleted.readable] = true;
  if (!readable.contains(kRecordExercises.readable)) readable[kRecordExercises.readable] = json::array();
  if (!readable.contains(kRecordId.readable)) readable[kRecordId.readable] = "log-" + std::to_string(start);
  LogSession action;
  action.session = read_session(reader, readable_record_to_compact(readable), "", kLatestStoredUtcMs);
  if (!reader.ok()) return refused(reader);
  return done(action);
}

std::optional<ImportMode> read_mode(JsonReader& reader, const json& object) {
  const std::string mode = reader.text(object, "mode", "");
  if (!reader.ok()) return std::nullopt;
  if (mode == "merge") return ImportMode::Merge;
  if (mode == "replace") return ImportMode::Replace;
  reader.fail("mode", "expected \"merge\" or \"replace\"");
  return std::nullopt;
}
}  // namespace

std::optional<ProgressParsed> parse_progress_action(std::string_view type, const json& object) {
  if (type == "openProgress") return done(OpenProgress{});
  if (type == "annotateSession") return parse_annotate(object);
  if (type == "logSession") return parse_log(object);
  if (type == "setWeeklyGoal") {
    JsonReader reader{"setWeeklyGoal"};
    const int goal = reader.whole_number(object, "sessionsPerWeek", "", kMinWeeklyGoal, kMaxWeeklyGoal);
    if (!reader.ok()) return refused(reader);
    return done(SetWeeklyGoal{goal});
  }
  if (type == "importBackup") {
    JsonReader reader{"importBackup"};
    ImportBackup action;
    action.text = reader.text(object, "text", "", /*allow_empty=*/true);
    const auto mode = read_mode(reader, object);
    if (!reader.ok()) return refused(reader);
    action.mode = *mode;
    return done(std::move(action));
  }
  if (type == "confirmImport") {
    JsonReader reader{"confirmImport"};
    const auto mode = read_mode(reader, object);
    if (!reader.ok()) return refused(reader);
    return done(ConfirmImport{*mode});
  }
  if (type == "cancelImport") return done(CancelImport{});
  if (type == "chooseImportFile") return done(ChooseImportFile{});
  if (type == "exportBackup") {
    JsonReader reader{"exportBackup"};
    const std::string format = reader.text(object, "format", "");
    if (reader.ok() && format != "json" && format != "csv") reader.fail("format", "expected \"json\" or \"csv\"");
    if (!reader.ok()) return refused(reader);
    return done(ExportBackup{format == "csv" ? ExportFormat::Csv : ExportFormat::Json});
  }
  if (type == "downloadUnreadable") return done(DownloadUnreadable{});
  if (type == "startFresh") return done(StartFreshOverUnreadable{});
  if (type == "resetProgress") return done(ResetProgress{});
  return std::nullopt;
}

namespace {
constexpr std::size_t kRecentSessions = 20;
}  // namespace

const char* const kPainRoseAdvice =
    "Your pain was higher after your last session than before it. That can happen; go gently. Stop the exercise "
    "that hurt, and if the pain persists or worries you, see a doctor or physiotherapist.";

const char* storage_health_name(StorageHealth health) {
  switch (health) {
    case StorageHealth::Loading:
      return "loading";
    case StorageHealth::Saved:
      return "saved";
    case StorageHealth::Unavailable:
      return "unavailable";
    case StorageHealth::Full:
      return "full";
    case StorageHealth::Unreadable:
      return "unreadable";
  }
  return "unknown";
}

std::string storage_warning(const StorageStatus& status) {
  switch (status.health) {
    case StorageHealth::Loading:
    case StorageHealth::Saved:
      return {};
    case StorageHealth::Unavailable:
      return "This browser is not letting the app save (storage is unavailable). Your progress is kept only until "
             "this tab closes; export a backup to keep it.";
    case StorageHealth::Full:
      return "Storage is full, so your latest progress is not saved. What was saved before is safe. Export a backup "
             "to keep everything.";
    case StorageHealth::Unreadable:
      if (status.unreadable_key.empty()) {
        return "Your saved progress could not be read, so the app started empty. The original is kept where it was, "
               "and nothing is saved over it (it could not be copied aside). Download it to keep a copy.";
      }
      return "Your saved progress could not be read, so the app started empty. The original is kept under \"" +
             status.unreadable_key +
             "\" and can be downloaded; sessions you do now are saved as usual. Choose \"Start fresh\" to hide this.";
  }
  return {};
}

json progress_to_state_json(const ProgressState& progress) {
  const ProgressDoc& doc = *progress.doc;
  const ProgressStats& stats = *progress.stats;
  json ids = json::array();
  json recent = json::array();
  for (auto it = doc.sessions.rbegin(); it != doc.sessions.rend(); ++it) {
    ids.push_back(it->id);
    if (recent.size() < kRecentSessions) recent.push_back(readable_record_to_json(*it));
  }
  json days = json::array();
  for (std::int64_t day : stats.active_days) days.push_back(format_local_date(day));
  json totals = json::array();
  for (const ExerciseTotal& t : stats.exercise_totals) {
    totals.push_back({{"id", t.exercise_id},
                      {"sessions", t.sessions},
                      {kRepsDoneKey, t.reps_done},
                      {kSetsDoneKey, t.sets_done},
                      {kActiveSecondsKey, t.active_seconds}});
  }
  json pain = json::array();
  for (const PainPoint& p : stats.pain) {
    pain.push_back(
        {{"id", p.session_id}, {"date", format_local_date(p.day)}, {"before", p.before}, {"after", p.after}});
  }
  const std::string warning = storage_warning(progress.storage);
  json pending = nullptr;
  if (progress.pending_import) {
    pending = {{"fileName", progress.pending_import->file_name},
               {"sessions", progress.pending_import->doc->sessions.size()},
               {"newSessions", progress.pending_import->new_sessions}};
  }
  json import_message = nullptr;
  if (progress.import_message)
    import_message = {{"ok", progress.import_message->ok}, {"text", progress.import_message->text}};
  return {
      {"sessionCount", doc.sessions.size()},
      {"completedSessions", stats.completed_sessions},
      {"sessionIds", std::move(ids)},
      {"recentSessions", std::move(recent)},
      {"weeklyGoal", doc.goal.sessions_per_week},
      {"sessionsThisWeek", stats.sessions_this_week},
      {"dayStreak", stats.day_streak},
      {"weekStreak", stats.week_streak},
      {"activeDays", std::move(days)},
      {"exerciseTotals", std::move(totals)},
      {"pain", std::move(pain)},
      {"painPrompt", stats.pain_rose_session_id.empty()
                         ? json(nullptr)
                         : json{{"sessionId", stats.pain_rose_session_id}, {"text", kPainRoseAdvice}}},
      {"today", progress.clock_known ? json(format_local_date(progress.today)) : json(nullptr)},
      {"epoch", doc.epoch},
      {"storage",
       {{"status", storage_health_name(progress.storage.health)},
        {"warning", warning.empty() ? json(nullptr) : json(warning)},
        {"detail", progress.storage.detail},
        {"unreadableKey",
         progress.storage.unreadable_key.empty() ? json(nullptr) : json(progress.storage.unreadable_key)},
        {"persisted", progress.storage.persisted}}},
      {"pendingImport", std::move(pending)},
      {"importMessage", std::move(import_message)},
  };
}

}  // namespace ubr
