#include "progress_action_json.h"

#include "json_reader.h"
#include "progress_json.h"
#include "progress_session_json.h"
#include "stats_dates.h"

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

}  // namespace ubr
