#pragma once
// The progress document as versioned JSON: what localStorage holds and what a JSON backup contains.
//
//   {"schema":2,"app":"0.1.0","epoch":0,"goal":{"perWeek":3,"rev":0},"sessions":[
//     {"id":"s-1","start":1764000000000,"end":1764000600000,"date":"2025-11-24","tz":60,"routine":"Daily",
//      "done":true,"ex":[["arm-slides",10,10,1,1,42.5]],"pb":4,"pa":2,"note":"","rev":0}]}
//
// Short keys and one array per exercise keep 1,000 sessions at a few hundred KB (localStorage allows ~5 MB).
// Parsing checks every field and stops at the first problem with a message that names it, because the same code
// reads stored data (which may be corrupt) and user-chosen backup files (which may be anything).
#include "core/progress/doc.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ubr {

constexpr int kProgressSchema = 2;
constexpr std::size_t kMaxProgressBytes = 5 * 1024 * 1024;  // larger files are refused before parsing
constexpr int kMaxProgressJsonDepth = 8;                    // our document needs 5
constexpr std::size_t kMaxSessions = 20000;
constexpr std::size_t kMaxExercisesPerSession = 100;
constexpr std::size_t kMaxNoteBytes = 2000;
constexpr std::int64_t kEarliestSessionUtcMs = 946684800000;   // 2000-01-01
constexpr std::int64_t kLatestStoredUtcMs = 4102444800000;     // 2100-01-01: a bound for data of unknown age
constexpr std::int64_t kMaxSessionMs = 24LL * 60 * 60 * 1000;  // a session lasts at most a day
constexpr int kMaxRecordUtcOffsetMinutes = 16 * 60;            // either way; real offsets run from -12 h to +14 h
constexpr int kMaxRevision = 1000000;                          // epoch, goal and session revisions, from 0

struct ProgressParse {
  std::optional<ProgressDoc> doc;
  std::string error;          // the first problem found, e.g. "backup: sessions[3].pa: expected a whole number ..."
  int schema = 0;             // the version the text declared (0 when it could not be told)
  bool newer_schema = false;  // written by a newer app: readable only by updating, never by guessing
  bool migrated = false;      // an older schema was converted on the way in
};

// `source` names the text in messages ("stored progress", "backup"). Sessions must start before
// `latest_start_utc_ms` (for an import: now plus a day, so far-future dates are refused).
ProgressParse parse_progress(std::string_view text, std::string_view source,
                             std::int64_t latest_start_utc_ms = kLatestStoredUtcMs);

std::string progress_to_json(const ProgressDoc& doc, std::string_view app_version);

}  // namespace ubr
