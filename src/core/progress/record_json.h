#pragma once
// One session record as JSON, in its two forms. Compact: the stored document and backups (document.h), read with
// every field checked. Readable: schema 1, the automation interface's logSession and state().progress.recentSessions.
#include "core/base/json_reader.h"
#include "core/session/record.h"

#include <cstdint>
#include <nlohmann/json.hpp>

namespace ubr {

// A record's keys in both forms, each spelled here once.
struct RecordKey {
  const char* compact;
  const char* readable;
};
inline constexpr RecordKey kRecordId{"id", "id"};
inline constexpr RecordKey kRecordStart{"start", "startedAt"};
inline constexpr RecordKey kRecordEnd{"end", "endedAt"};
inline constexpr RecordKey kRecordDate{"date", "localDate"};
inline constexpr RecordKey kRecordUtcOffset{"tz", "utcOffsetMinutes"};
inline constexpr RecordKey kRecordRoutine{"routine", "routine"};
inline constexpr RecordKey kRecordCompleted{"done", "completed"};
inline constexpr RecordKey kRecordBreak{"break", "break"};       // left out (false) for anything but a desk break
inline constexpr RecordKey kRecordExercises{"ex", "exercises"};  // compact: one array per exercise
inline constexpr RecordKey kRecordPainBefore{"pb", "painBefore"};
inline constexpr RecordKey kRecordPainAfter{"pa", "painAfter"};
inline constexpr RecordKey kRecordNote{"note", "note"};
inline constexpr RecordKey kRecordRevision{"rev", "revision"};

nlohmann::json record_to_json(const SessionRecord& session);  // compact

// Reads one compact session; problems are recorded in `reader`.
SessionRecord read_session(JsonReader& reader, const nlohmann::json& json, const std::string& path,
                           std::int64_t latest_start_utc_ms);

// The readable form, as state() shows it: every field present (null where unset), an exercise's time as
// "activeSeconds", and no revision.
nlohmann::json readable_record_to_json(const SessionRecord& session);

// Converts the readable form key by key into the compact one (an exercise's time read from "seconds"); unknown keys
// are carried over so the reader reports them.
nlohmann::json readable_record_to_compact(const nlohmann::json& readable);

}  // namespace ubr
