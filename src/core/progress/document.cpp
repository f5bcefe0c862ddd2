#include "core/progress/document.h"

#include "core/base/json_reader.h"
#include "core/progress/migrations.h"
#include "core/progress/record_json.h"

#include <set>

namespace ubr {
namespace {
using nlohmann::json;

constexpr std::size_t kMaxAppVersionBytes = 32;

WeeklyGoal read_goal(JsonReader& reader, const json& document) {
  WeeklyGoal goal;
  const json& object = reader.object(document, "goal", "");
  if (!reader.ok()) return goal;
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (it.key() != "perWeek" && it.key() != "rev") reader.fail(join_path("goal", it.key()), "unknown field");
  }
  goal.sessions_per_week = reader.whole_number(object, "perWeek", "goal", kMinWeeklyGoal, kMaxWeeklyGoal);
  goal.revision = reader.whole_number(object, "rev", "goal", 0, kMaxRevision);
  return goal;
}

ProgressDoc read_document(JsonReader& reader, const json& document, std::int64_t latest_start_utc_ms) {
  ProgressDoc doc;
  if (!document.is_object()) {
    reader.fail("", "expected an object");
    return doc;
  }
  for (auto it = document.begin(); it != document.end(); ++it) {
    const std::string& key = it.key();
    if (key != "schema" && key != "app" && key != "epoch" && key != "goal" && key != "sessions") {
      reader.fail(key, "unknown field");
    }
  }
  if (document.contains("app")) {
    const std::string app = reader.text(document, "app", "", /*allow_empty=*/true);
    if (app.size() > kMaxAppVersionBytes) {
      reader.fail("app", "is longer than " + std::to_string(kMaxAppVersionBytes) + " bytes");
    }
  }
  doc.epoch = reader.whole_number(document, "epoch", "", 0, kMaxRevision);
  doc.goal = read_goal(reader, document);
  const json& sessions = reader.array(document, "sessions", "");
  if (sessions.size() > kMaxSessions) {
    reader.fail("sessions", "holds more than " + std::to_string(kMaxSessions) + " sessions");
  }
  std::set<std::string> ids;
  for (std::size_t i = 0; i < sessions.size() && reader.ok(); ++i) {
    const std::string path = index_path("sessions", i);
    SessionRecord session = read_session(reader, sessions[i], path, latest_start_utc_ms);
    if (reader.ok() && !ids.insert(session.id).second) {
      reader.fail(join_path(path, "id"), "duplicate id '" + session.id + "'");
    }
    doc.sessions.push_back(std::move(session));
  }
  sort_sessions(doc.sessions);
  return doc;
}
}  // namespace

ProgressParse parse_progress(std::string_view text, std::string_view source, std::int64_t latest_start_utc_ms) {
  ProgressParse result;
  const std::string name(source);
  if (text.size() > kMaxProgressBytes) {
    constexpr std::size_t kMegabyte = 1024 * 1024;
    result.error = name + ": larger than " + std::to_string(kMaxProgressBytes / kMegabyte) + " MB (" +
                   std::to_string(text.size() / kMegabyte) + " MB)";
    return result;
  }
  if (json_depth(text, kMaxProgressJsonDepth) > kMaxProgressJsonDepth) {
    result.error = name + ": nested too deeply to be a progress file";
    return result;
  }
  JsonReader reader{name};
  json document = reader.parse(text);
  if (!reader.ok()) {
    result.error = reader.error();
    return result;
  }
  result.schema = declared_schema(document);
  if (result.schema == 0) {
    result.error = name + ": not a progress file (no schema version)";
    return result;
  }
  if (result.schema > kProgressSchema) {
    result.newer_schema = true;
    result.error = name + ": written by a newer version of the app (schema " + std::to_string(result.schema) +
                   "; this version reads up to " + std::to_string(kProgressSchema) + ")";
    return result;
  }
  if (result.schema < kProgressSchema) {
    Migration migration = migrate_to_current(std::move(document), result.schema);
    if (!migration.error.empty()) {
      result.error = name + ": " + migration.error;
      return result;
    }
    document = std::move(migration.document);
    result.migrated = true;
  }
  ProgressDoc doc = read_document(reader, document, latest_start_utc_ms);
  if (!reader.ok()) {
    result.error = reader.error();
    return result;
  }
  result.doc = std::move(doc);
  return result;
}

std::string progress_to_json(const ProgressDoc& doc, std::string_view app_version) {
  json sessions = json::array();
  for (const SessionRecord& session : doc.sessions) sessions.push_back(record_to_json(session));
  const json document = {
      {"schema", kProgressSchema},
      {"app", app_version},
      {"epoch", doc.epoch},
      {"goal", {{"perWeek", doc.goal.sessions_per_week}, {"rev", doc.goal.revision}}},
      {"sessions", std::move(sessions)},
  };
  // Replacing invalid UTF-8 instead of failing: the web build has no exceptions, and a note must never stop a save.
  return document.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace ubr
