#include "core/progress/migrations.h"

#include "core/base/dates.h"
#include "core/progress/document.h"
#include "core/progress/record_json.h"

namespace ubr {
namespace {
using nlohmann::json;

// Schema 1 kept only the local date. The smallest whole-hour offset that puts the start on that date is the best
// guess (most offsets are whole hours); 0 when the dates already agree.
json infer_offset_minutes(const json& started_at, const json& local_date) {
  if (!started_at.is_number_integer() || !local_date.is_string()) return 0;
  const auto day = parse_local_date(local_date.get<std::string>());
  if (!day) return 0;
  const auto start = started_at.get<std::int64_t>();
  for (int hours = 0; hours <= 14; ++hours) {
    for (int sign : {1, -1}) {
      if (hours > 12 && sign < 0) continue;  // offsets run from -12 h to +14 h
      if (local_day(start, sign * hours * 60) == *day) return sign * hours * 60;
    }
  }
  return 0;
}
}  // namespace

int declared_schema(const json& document) {
  if (!document.is_object()) return 0;
  for (const char* key : {"schema", "version"}) {
    auto found = document.find(key);
    if (found != document.end() && found->is_number_integer() && found->get<std::int64_t>() > 0 &&
        found->get<std::int64_t>() < 1000000) {
      return static_cast<int>(found->get<std::int64_t>());
    }
  }
  return 0;
}

Migration migrate_v1_to_v2(const json& v1) {
  if (!v1.is_object()) return {nullptr, "expected an object"};
  json v2 = json::object();
  v2["schema"] = 2;
  v2["epoch"] = 0;
  for (auto it = v1.begin(); it != v1.end(); ++it) {
    const std::string& key = it.key();
    if (key == "version") continue;
    if (key == "weeklyGoal") {
      v2["goal"] = {{"perWeek", it.value()}, {"rev", 0}};
    } else if (key == "sessions") {
      if (!it.value().is_array()) return {nullptr, "sessions: expected a list"};
      json sessions = json::array();
      for (const json& session : it.value()) {
        json compact = readable_record_to_compact(session);
        if (compact.is_object() && !compact.contains(kRecordUtcOffset.compact) &&
            session.contains(kRecordStart.readable) && session.contains(kRecordDate.readable)) {
          compact[kRecordUtcOffset.compact] =
              infer_offset_minutes(session.at(kRecordStart.readable), session.at(kRecordDate.readable));
        }
        sessions.push_back(std::move(compact));
      }
      v2["sessions"] = std::move(sessions);
    } else {
      v2[key] = it.value();  // unknown: kept, so the current reader names it
    }
  }
  if (!v2.contains("goal")) v2["goal"] = {{"perWeek", kDefaultWeeklyGoal}, {"rev", 0}};
  if (!v2.contains("sessions")) v2["sessions"] = json::array();
  return {std::move(v2), {}};
}

Migration migrate_to_current(json document, int schema) {
  if (schema == 1) {
    Migration step = migrate_v1_to_v2(document);
    if (!step.error.empty()) return step;
    document = std::move(step.document);
    schema = 2;
  }
  if (schema != kProgressSchema) return {nullptr, "schema " + std::to_string(schema) + " cannot be migrated"};
  return {std::move(document), {}};
}

}  // namespace ubr
