#include "core/progress/record_json.h"

#include "core/base/dates.h"
#include "core/progress/document.h"

#include <cmath>
#include <initializer_list>

namespace ubr {
namespace {
using nlohmann::json;

constexpr int kMaxReps = 100000;
constexpr int kMaxSets = 10000;
constexpr double kMaxActiveSeconds = 86400;
constexpr std::size_t kMaxIdBytes = 64;
constexpr std::size_t kMaxRoutineBytes = 200;

// A session from another tab or an older file may carry keys this version does not know; refusing them (rather
// than dropping them silently) means nothing is lost by a round trip through an app that does not understand it.
void reject_unknown_keys(JsonReader& reader, const json& object, const std::string& path,
                         std::initializer_list<std::string_view> known) {
  if (!object.is_object()) return;
  for (auto it = object.begin(); it != object.end(); ++it) {
    bool found = false;
    for (std::string_view key : known) found = found || key == it.key();
    if (!found) reader.fail(join_path(path, it.key()), "unknown field");
  }
}

bool is_valid_id(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdBytes) return false;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                    c == '_' || c == '.' || c == ':';
    if (!ok) return false;
  }
  return true;
}

std::int64_t read_ms(JsonReader& reader, const json& object, std::string_view key, const std::string& path,
                     std::int64_t min, std::int64_t max) {
  const std::string where = join_path(path, key);
  if (!object.is_object() || !object.contains(key)) {
    reader.fail(where, "missing");
    return min;
  }
  const json& value = object.at(std::string(key));
  if (!value.is_number_integer()) {
    reader.fail(where, "expected a time in whole milliseconds");
    return min;
  }
  // Unsigned values above INT64_MAX would wrap when read as signed.
  if (value.is_number_unsigned() && value.get<std::uint64_t>() > static_cast<std::uint64_t>(max)) {
    reader.fail(where, "is too far in the future (" + format_local_date(local_day(max, 0)) + " at the latest)");
    return min;
  }
  const auto ms = value.get<std::int64_t>();
  if (ms < min) {
    reader.fail(where, "is before " + format_local_date(local_day(min, 0)));
    return min;
  }
  if (ms > max) {
    reader.fail(where, "is too far in the future (" + format_local_date(local_day(max, 0)) + " at the latest)");
    return min;
  }
  return ms;
}

std::optional<int> read_pain(JsonReader& reader, const json& object, std::string_view key, const std::string& path) {
  if (!object.contains(key)) return std::nullopt;
  return reader.whole_number(object, key, path, 0, 10);
}

int whole_at(JsonReader& reader, const json& array, std::size_t index, const std::string& path, int max) {
  const json& value = array[index];
  if (!value.is_number_integer() || value.get<std::int64_t>() < 0 || value.get<std::int64_t>() > max) {
    reader.fail(index_path(path, index), "expected a whole number from 0 to " + std::to_string(max));
    return 0;
  }
  return static_cast<int>(value.get<std::int64_t>());
}

ExerciseTally read_tally(JsonReader& reader, const json& entry, const std::string& path) {
  ExerciseTally tally;
  if (!entry.is_array() || entry.size() != 6) {
    reader.fail(path, "expected [exercise id, reps planned, reps done, sets planned, sets done, seconds]");
    return tally;
  }
  if (!entry[0].is_string() || !is_valid_id(entry[0].get<std::string>())) {
    reader.fail(index_path(path, 0), "expected an exercise id");
    return tally;
  }
  tally.exercise_id = entry[0].get<std::string>();
  tally.reps_planned = whole_at(reader, entry, 1, path, kMaxReps);
  tally.reps_done = whole_at(reader, entry, 2, path, kMaxReps);
  tally.sets_planned = whole_at(reader, entry, 3, path, kMaxSets);
  tally.sets_done = whole_at(reader, entry, 4, path, kMaxSets);
  const json& seconds = entry[5];
  if (!seconds.is_number() || !std::isfinite(seconds.get<double>()) || seconds.get<double>() < 0 ||
      seconds.get<double>() > kMaxActiveSeconds) {
    reader.fail(index_path(path, 5), "expected seconds from 0 to 86400");
  } else {
    tally.active_seconds = seconds.get<double>();
  }
  return tally;
}

std::string read_bounded_text(JsonReader& reader, const json& object, std::string_view key, const std::string& path,
                              std::size_t max_bytes) {
  if (!object.contains(key)) return {};
  std::string text = reader.text(object, key, path, /*allow_empty=*/true);
  if (text.size() > max_bytes) {
    reader.fail(join_path(path, key), "is longer than " + std::to_string(max_bytes) + " bytes");
    return {};
  }
  return text;
}
}  // namespace

json session_to_json(const SessionRecord& session) {
  json ex = json::array();
  for (const ExerciseTally& t : session.exercises) {
    ex.push_back(
        json::array({t.exercise_id, t.reps_planned, t.reps_done, t.sets_planned, t.sets_done, t.active_seconds}));
  }
  json out = {{"id", session.id},           {"start", session.started_utc_ms},  {"end", session.ended_utc_ms},
              {"date", session.local_date}, {"tz", session.utc_offset_minutes}, {"done", session.completed},
              {"ex", std::move(ex)}};
  // Empty optional fields are left out: most sessions have no note, which saves bytes per session.
  if (!session.routine_name.empty()) out["routine"] = session.routine_name;
  if (session.pain_before) out["pb"] = *session.pain_before;
  if (session.pain_after) out["pa"] = *session.pain_after;
  if (!session.note.empty()) out["note"] = session.note;
  if (session.revision != 0) out["rev"] = session.revision;
  return out;
}

SessionRecord read_session(JsonReader& reader, const json& json_session, const std::string& path,
                           std::int64_t latest_start_utc_ms) {
  SessionRecord session;
  if (!json_session.is_object()) {
    reader.fail(path, "expected an object");
    return session;
  }
  reject_unknown_keys(reader, json_session, path,
                      {"id", "start", "end", "date", "tz", "routine", "done", "ex", "pb", "pa", "note", "rev"});
  session.id = reader.text(json_session, "id", path);
  if (reader.ok() && !is_valid_id(session.id)) {
    reader.fail(join_path(path, "id"), "use up to 64 letters, digits and - _ . : only");
  }
  session.started_utc_ms = read_ms(reader, json_session, "start", path, kEarliestSessionUtcMs, latest_start_utc_ms);
  if (reader.ok()) {
    session.ended_utc_ms =
        read_ms(reader, json_session, "end", path, session.started_utc_ms, session.started_utc_ms + kMaxSessionMs);
  }
  session.utc_offset_minutes = reader.whole_number(json_session, "tz", path, -16 * 60, 16 * 60);
  session.local_date = reader.text(json_session, "date", path);
  if (reader.ok()) {
    const auto day = parse_local_date(session.local_date);
    // The local date is the platform's reading at the start; it can differ from the UTC date by one day either way.
    const std::int64_t utc_day = local_day(session.started_utc_ms, 0);
    if (!day) {
      reader.fail(join_path(path, "date"), "expected a date as YYYY-MM-DD");
    } else if (*day < utc_day - 1 || *day > utc_day + 1) {
      reader.fail(join_path(path, "date"), "does not match the start time");
    }
  }
  session.routine_name = read_bounded_text(reader, json_session, "routine", path, kMaxRoutineBytes);
  session.completed = reader.boolean(json_session, "done", path);
  const json& ex = reader.array(json_session, "ex", path);
  if (ex.size() > kMaxExercisesPerSession) reader.fail(join_path(path, "ex"), "lists too many exercises");
  for (std::size_t i = 0; i < ex.size() && reader.ok(); ++i) {
    session.exercises.push_back(read_tally(reader, ex[i], index_path(join_path(path, "ex"), i)));
  }
  session.pain_before = read_pain(reader, json_session, "pb", path);
  session.pain_after = read_pain(reader, json_session, "pa", path);
  session.note = read_bounded_text(reader, json_session, "note", path, kMaxNoteBytes);
  if (json_session.contains("rev")) session.revision = reader.whole_number(json_session, "rev", path, 0, 1000000);
  return session;
}

json verbose_session_to_compact(const json& verbose) {
  if (!verbose.is_object()) return verbose;  // the reader reports "expected an object"
  static constexpr std::pair<std::string_view, std::string_view> kKeys[] = {
      {"startedAt", "start"}, {"endedAt", "end"},   {"localDate", "date"}, {"utcOffsetMinutes", "tz"},
      {"completed", "done"},  {"painBefore", "pb"}, {"painAfter", "pa"},   {"revision", "rev"},
  };
  json compact = json::object();
  for (auto it = verbose.begin(); it != verbose.end(); ++it) {
    std::string key = it.key();
    for (const auto& [from, to] : kKeys) {
      if (key == from) key = std::string(to);
    }
    if (key == "exercises") {
      if (!it.value().is_array()) {
        compact["ex"] = it.value();
        continue;
      }
      json ex = json::array();
      for (const json& e : it.value()) {
        bool known = e.is_object();
        for (auto field = e.begin(); known && field != e.end(); ++field) {
          known = field.key() == "id" || field.key() == "repsPlanned" || field.key() == "repsDone" ||
                  field.key() == "setsPlanned" || field.key() == "setsDone" || field.key() == "seconds";
        }
        if (!known) {  // left as it is, so the reader refuses it with a message naming the entry
          ex.push_back(e);
          continue;
        }
        auto field = [&](const char* name) { return e.contains(name) ? e.at(name) : json(nullptr); };
        ex.push_back(json::array({field("id"), field("repsPlanned"), field("repsDone"), field("setsPlanned"),
                                  field("setsDone"), e.contains("seconds") ? e.at("seconds") : json(0)}));
      }
      compact["ex"] = std::move(ex);
      continue;
    }
    compact[key] = it.value();
  }
  return compact;
}

}  // namespace ubr
