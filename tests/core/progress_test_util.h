#pragma once
// Builders for progress tests: sessions with consistent times and local dates.
#include "core/base/dates.h"
#include "core/progress/doc.h"

#include <string>

namespace ubr::test {

// A session starting at `hour`:00 local time on `date` ("YYYY-MM-DD") in a zone `offset_minutes` from UTC.
inline SessionRecord session_on(const std::string& id, const std::string& date, int hour = 9, int offset_minutes = 0) {
  SessionRecord s;
  s.id = id;
  const std::int64_t day = *parse_local_date(date);
  s.started_utc_ms =
      day * 86400000 + static_cast<std::int64_t>(hour) * 3600000 - static_cast<std::int64_t>(offset_minutes) * 60000;
  s.ended_utc_ms = s.started_utc_ms + 12 * 60000;
  s.local_date = date;
  s.utc_offset_minutes = offset_minutes;
  s.routine_name = "Daily";
  s.completed = true;
  s.exercises = {{"arm-slides", 10, 10, 1, 1, 60.5}, {"shoulder-roll", 20, 15, 2, 2, 90}};
  return s;
}

inline ProgressDoc doc_with(std::initializer_list<SessionRecord> sessions, int epoch = 0) {
  ProgressDoc doc;
  doc.epoch = epoch;
  doc.sessions = sessions;
  sort_sessions(doc.sessions);
  return doc;
}

}  // namespace ubr::test
