#include "core/progress/record_json.h"

#include "core/base/dates.h"
#include "core/progress/document.h"

#include <cmath>

namespace ubr {
namespace {
using nlohmann::json;

// Bounds of one exercise's tally in a stored session: totals over all its sets and sides, in a session of at most a
// day. Generous, so only nonsense is refused.
constexpr int kMaxTallyReps = 100000;
constexpr int kMaxTallySets = 10000;
constexpr double kMaxTallyActiveSeconds = 86400;
constexpr std::size_t kMaxIdBytes = 64;
constexpr std::size_t kMaxRoutineNameBytes = 200;

// An exercise's tally in the readable form: its id and the counts (session/record.h), with its time given as
// "seconds" by logSession and schema 1 and shown as "activeSeconds" by state(). The compact form is the array
// [exercise id, reps planned, reps done, sets planned, sets done, seconds].
constexpr const char* kTallyId = "id";
constexpr const char* kTallySeconds = "seconds";

constexpr RecordKey kAllRecordKeys[] = {kRecordId,        kRecordStart,      kRecordEnd,       kRecordDate,
                                        kRecordUtcOffset, kRecordRoutine,    kRecordCompleted, kRecordBreak,
                                        kRecordExercises, kRecordPainBefore, kRecordPainAfter, kRecordNote,
                                        kRecordRevision};

// A session from another tab or an older file may carry keys this version does not know; refusing them (rather
// than dropping them silently) means nothing is lost by a round trip through an app that does not understand it.
void reject_unknown_keys(JsonReader& reader, const json& object, const std::string& path) {
  if (!object.is_object()) return;
  for (auto it = object.begin(); it != object.end(); ++it) {
    bool found = false;
    for (const RecordKey& key : kAllRecordKeys) found = found || it.key() == key.compact;
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
  return reader.whole_number(object, key, path, 0, kMaxPain);
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
  tally.reps_planned = whole_at(reader, entry, 1, path, kMaxTallyReps);
  tally.reps_done = whole_at(reader, entry, 2, path, kMaxTallyReps);
  tally.sets_planned = whole_at(reader, entry, 3, path, kMaxTallySets);
  tally.sets_done = whole_at(reader, entry, 4, path, kMaxTallySets);
  const json& seconds = entry[5];
  if (!seconds.is_number() || !std::isfinite(seconds.get<double>()) || seconds.get<double>() < 0 ||
      seconds.get<double>() > kMaxTallyActiveSeconds) {
    reader.fail(index_path(path, 5), "expected seconds from 0 to " + format_number(kMaxTallyActiveSeconds));
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

json record_to_json(const SessionRecord& session) {
  json ex = json::array();
  for (const ExerciseTally& t : session.exercises) {
    ex.push_back(
        json::array({t.exercise_id, t.reps_planned, t.reps_done, t.sets_planned, t.sets_done, t.active_seconds}));
  }
  json out = {{kRecordId.compact, session.id},
              {kRecordStart.compact, session.started_utc_ms},
              {kRecordEnd.compact, session.ended_utc_ms},
              {kRecordDate.compact, session.local_date},
              {kRecordUtcOffset.compact, session.utc_offset_minutes},
              {kRecordCompleted.compact, session.completed},
              {kRecordExercises.compact, std::move(ex)}};
  // Empty optional fields are left out: most sessions have no note, which saves bytes per session.
  if (!session.routine_name.empty()) out[kRecordRoutine.compact] = session.routine_name;
  if (session.is_break) out[kRecordBreak.compact] = true;
  if (session.pain_before) out[kRecordPainBefore.compact] = *session.pain_before;
  if (session.pain_after) out[kRecordPainAfter.compact] = *session.pain_after;
  if (!session.note.empty()) out[kRecordNote.compact] = session.note;
  if (session.revision != 0) out[kRecordRevision.compact] = session.revision;
  return out;
}

SessionRecord read_session(JsonReader& reader, const json& json_session, const std::string& path,
                           std::int64_t latest_start_utc_ms) {
  SessionRecord session;
  if (!json_session.is_object()) {
    reader.fail(path, "expected an object");
    return session;
  }
  reject_unknown_keys(reader, json_session, path);
  session.id = reader.text(json_session, kRecordId.compact, path);
  if (reader.ok() && !is_valid_id(session.id)) {
    reader.fail(join_path(path, kRecordId.compact),
                "use up to " + std::to_string(kMaxIdBytes) + " letters, digits and - _ . : only");
  }
  session.started_utc_ms =
      read_ms(reader, json_session, kRecordStart.compact, path, kEarliestSessionUtcMs, latest_start_utc_ms);
  if (reader.ok()) {
    session.ended_utc_ms = read_ms(reader, json_session, kRecordEnd.compact, path, session.started_utc_ms,
                                   session.started_utc_ms + kMaxSessionMs);
  }
  session.utc_offset_minutes = reader.whole_number(json_session, kRecordUtcOffset.compact, path,
                                                   -kMaxRecordUtcOffsetMinutes, kMaxRecordUtcOffsetMinutes);
  session.local_date = reader.text(json_session, kRecordDate.compact, path);
  if (reader.ok()) {
    const auto day = parse_local_date(session.local_date);
    // The local date is the platform's reading at the start; it can differ from the UTC date by one day either way.
    const std::int64_t utc_day = local_day(session.started_utc_ms, 0);
    if (!day) {
      reader.fail(join_path(path, kRecordDate.compact), "expected a date as YYYY-MM-DD");
    } else if (*day < utc_day - 1 || *day > utc_day + 1) {
      reader.fail(join_path(path, kRecordDate.compact), "does not match the start time");
    }
  }
  session.routine_name = read_bounded_text(reader, json_session, kRecordRoutine.compact, path, kMaxRoutineNameBytes);
  session.completed = reader.boolean(json_session, kRecordCompleted.compact, path);
  if (json_session.contains(kRecordBreak.compact)) {
    session.is_break = reader.boolean(json_session, kRecordBreak.compact, path);
  }
  const std::string ex_path = join_path(path, kRecordExercises.compact);
  const json& ex = reader.array(json_session, kRecordExercises.compact, path);
  if (ex.size() > kMaxExercisesPerSession) reader.fail(ex_path, "lists too many exercises");
  for (std::size_t i = 0; i < ex.size() && reader.ok(); ++i) {
    session.exercises.push_back(read_tally(reader, ex[i], index_path(ex_path, i)));
  }
  session.pain_before = read_pain(reader, json_session, kRecordPainBefore.compact, path);
  session.pain_after = read_pain(reader, json_session, kRecordPainAfter.compact, path);
  session.note = read_bounded_text(reader, json_session, kRecordNote.compact, path, kMaxNoteBytes);
  if (json_session.contains(kRecordRevision.compact)) {
    session.revision = reader.whole_number(json_session, kRecordRevision.compact, path, 0, kMaxRevision);
  }
  return session;
}

json readable_record_to_json(const SessionRecord& s) {
  auto optional_int = [](const std::optional<int>& value) { return value ? json(*value) : json(nullptr); };
  json exercises = json::array();
  for (const ExerciseTally& t : s.exercises) {
    exercises.push_back({{kTallyId, t.exercise_id},
                         {kRepsPlannedKey, t.reps_planned},
                         {kRepsDoneKey, t.reps_done},
                         {kSetsPlannedKey, t.sets_planned},
                         {kSetsDoneKey, t.sets_done},
                         {kActiveSecondsKey, t.active_seconds}});
  }
  return {{kRecordId.readable, s.id},
          {kRecordStart.readable, s.started_utc_ms},
          {kRecordEnd.readable, s.ended_utc_ms},
          {kRecordDate.readable, s.local_date},
          {kRecordUtcOffset.readable, s.utc_offset_minutes},
          {kRecordRoutine.readable, s.routine_name},
          {kRecordCompleted.readable, s.completed},
          {kRecordBreak.readable, s.is_break},
          {kRecordPainBefore.readable, optional_int(s.pain_before)},
          {kRecordPainAfter.readable, optional_int(s.pain_after)},
          {kRecordNote.readable, s.note},
          {kRecordExercises.readable, std::move(exercises)}};
}

json readable_record_to_compact(const json& readable) {
  if (!readable.is_object()) return readable;  // the reader reports "expected an object"
  json compact = json::object();
  for (auto it = readable.begin(); it != readable.end(); ++it) {
    std::string key = it.key();
    for (const RecordKey& known : kAllRecordKeys) {
      if (it.key() == known.readable) key = known.compact;
    }
    if (it.key() == kRecordExercises.readable) {
      if (!it.value().is_array()) {
        compact[key] = it.value();
        continue;
      }
      json ex = json::array();
      for (const json& e : it.value()) {
        bool known = e.is_object();
        for (auto field = e.begin(); known && field != e.end(); ++field) {
          known = field.key() == kTallyId || field.key() == kRepsPlannedKey || field.key() == kRepsDoneKey ||
                  field.key() == kSetsPlannedKey || field.key() == kSetsDoneKey || field.key() == kTallySeconds;
        }
        if (!known) {  // left as it is, so the reader refuses it with a message naming the entry
          ex.push_back(e);
          continue;
        }
        auto field = [&](const char* name) { return e.contains(name) ? e.at(name) : json(nullptr); };
        ex.push_back(json::array({field(kTallyId), field(kRepsPlannedKey), field(kRepsDoneKey), field(kSetsPlannedKey),
                                  field(kSetsDoneKey), e.contains(kTallySeconds) ? e.at(kTallySeconds) : json(0)}));
      }
      compact[key] = std::move(ex);
      continue;
    }
    compact[key] = it.value();
  }
  return compact;
}

}  // namespace ubr
