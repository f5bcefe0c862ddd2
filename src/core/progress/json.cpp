// The progress feature's JSON for window.app: actions in, the progress member of state() out.
#include "core/progress/json.h"

#include "core/base/dates.h"
#include "core/base/json_reader.h"
#include "core/progress/document.h"
#include "core/progress/record_json.h"

namespace ubr {
namespace {
using nlohmann::json;

ActionParse done(ProgressAction action) {
  return {Action{std::move(action)}, {}};
}
ActionParse refused(const JsonReader& reader) {
  return {std::nullopt, reader.error()};
}

// A rating may be a whole number 0..10, or null to remove it.
void read_rating(JsonReader& reader, const json& object, const char* key, std::optional<int>& value, bool& clear) {
  if (!object.contains(key)) return;
  if (object.at(key).is_null()) {
    clear = true;
    return;
  }
  value = reader.whole_number(object, key, "", 0, 10);
}

ActionParse parse_annotate(const json& object) {
  JsonReader reader{"annotateSession"};
  AnnotateSession action;
  action.id = reader.text(object, "id", "");
  read_rating(reader, object, "painBefore", action.pain_before, action.clear_pain_before);
  read_rating(reader, object, "painAfter", action.pain_after, action.clear_pain_after);
  if (object.contains("note")) action.note = reader.text(object, "note", "", /*allow_empty=*/true);
  if (!reader.ok()) return refused(reader);
  return done(action);
}

// The session in the readable form (as in schema 1, plus utcOffsetMinutes), with defaults for what a test leaves
// out, then checked by the same reader as stored data.
ActionParse parse_log(const json& object) {
  json verbose = object;
  verbose.erase("type");
  JsonReader reader{"logSession"};
  if (!verbose.contains("startedAt") || !verbose.at("startedAt").is_number_integer()) {
    reader.fail("startedAt", "expected a time in whole milliseconds (UTC)");
    return refused(reader);
  }
  const auto start = verbose.at("startedAt").get<std::int64_t>();
  if (!verbose.contains("utcOffsetMinutes")) verbose["utcOffsetMinutes"] = 0;
  const json& offset = verbose.at("utcOffsetMinutes");
  if (!verbose.contains("localDate") && offset.is_number_integer() && start > 0 && start < kLatestStoredUtcMs) {
    const auto minutes = offset.get<std::int64_t>();
    if (minutes >= -16 * 60 && minutes <= 16 * 60) {
      verbose["localDate"] = format_local_date(local_day(start, static_cast<int>(minutes)));
    }
  }
  if (!verbose.contains("endedAt")) verbose["endedAt"] = start + 10 * 60 * 1000;
  if (!verbose.contains("completed")) verbose["completed"] = true;
  if (!verbose.contains("exercises")) verbose["exercises"] = json::array();
  if (!verbose.contains("id")) verbose["id"] = "log-" + std::to_string(start);
  LogSession action;
  action.session = read_session(reader, verbose_session_to_compact(verbose), "", kLatestStoredUtcMs);
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

std::optional<ActionParse> parse_progress_action(std::string_view type, const json& object) {
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
using nlohmann::json;

constexpr std::size_t kRecentSessions = 20;

json optional_int(const std::optional<int>& value) {
  return value ? json(*value) : json(nullptr);
}

json session_summary(const SessionRecord& s) {
  json exercises = json::array();
  for (const ExerciseTally& t : s.exercises) {
    exercises.push_back({{"id", t.exercise_id},
                         {"repsPlanned", t.reps_planned},
                         {"repsDone", t.reps_done},
                         {"setsPlanned", t.sets_planned},
                         {"setsDone", t.sets_done},
                         {"activeSeconds", t.active_seconds}});
  }
  return {{"id", s.id},
          {"startedAt", s.started_utc_ms},
          {"endedAt", s.ended_utc_ms},
          {"localDate", s.local_date},
          {"utcOffsetMinutes", s.utc_offset_minutes},
          {"routine", s.routine_name},
          {"completed", s.completed},
          {"painBefore", optional_int(s.pain_before)},
          {"painAfter", optional_int(s.pain_after)},
          {"note", s.note},
          {"exercises", std::move(exercises)}};
}
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
      return std::string("Your saved progress could not be read, so the app started empty. The original is kept ") +
             (status.unreadable_key.empty() ? "where it was" : "(a copy is under \"" + status.unreadable_key + "\")") +
             " and nothing will be written over it until you choose. You can download it, or start fresh.";
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
    if (recent.size() < kRecentSessions) recent.push_back(session_summary(*it));
  }
  json days = json::array();
  for (std::int64_t day : stats.active_days) days.push_back(format_local_date(day));
  json totals = json::array();
  for (const ExerciseTotal& t : stats.exercise_totals) {
    totals.push_back({{"id", t.exercise_id},
                      {"sessions", t.sessions},
                      {"repsDone", t.reps_done},
                      {"setsDone", t.sets_done},
                      {"activeSeconds", t.active_seconds}});
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
      {"today", progress.now_utc_ms > 0 ? json(format_local_date(progress.today)) : json(nullptr)},
      {"epoch", doc.epoch},
      {"revision", progress.revision},
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
