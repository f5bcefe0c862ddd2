#include "core/progress/csv.h"

#include "core/base/dates.h"

#include <cstdio>

namespace ubr {
namespace {
// RFC 4180 quoting, plus a leading apostrophe for text a spreadsheet would run as a formula (a note such as
// "=HYPERLINK(...)" must stay text when the file is opened).
std::string cell(const std::string& text) {
  std::string value = text;
  if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@')) {
    value.insert(0, 1, '\'');
  }
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

std::string optional_int(const std::optional<int>& value) {
  return value ? std::to_string(*value) : "";
}
}  // namespace

std::string format_utc_iso(std::int64_t utc_ms) {
  const std::int64_t day = local_day(utc_ms, 0);
  const std::int64_t ms_of_day = utc_ms - day * 86400000;
  const auto seconds = ms_of_day / 1000;
  char text[64];
  std::snprintf(text, sizeof text, "%sT%02lld:%02lld:%02lldZ", format_local_date(day).c_str(),
                static_cast<long long>(seconds / 3600), static_cast<long long>(seconds / 60 % 60),
                static_cast<long long>(seconds % 60));
  return text;
}

std::string sessions_to_csv(const ProgressDoc& doc) {
  std::string csv =
      "session_id,started_utc,ended_utc,local_date,utc_offset_minutes,routine,completed,exercise_id,reps_planned,"
      "reps_done,sets_planned,sets_done,active_seconds,pain_before,pain_after,note\r\n";
  for (const SessionRecord& s : doc.sessions) {
    const std::string head = cell(s.id) + "," + format_utc_iso(s.started_utc_ms) + "," +
                             format_utc_iso(s.ended_utc_ms) + "," + cell(s.local_date) + "," +
                             std::to_string(s.utc_offset_minutes) + "," + cell(s.routine_name) + "," +
                             (s.completed ? "yes" : "no") + ",";
    const std::string tail =
        "," + optional_int(s.pain_before) + "," + optional_int(s.pain_after) + "," + cell(s.note) + "\r\n";
    if (s.exercises.empty()) csv += head + ",,,,,," + tail.substr(1);
    for (const ExerciseTally& t : s.exercises) {
      csv += head + cell(t.exercise_id) + "," + std::to_string(t.reps_planned) + "," + std::to_string(t.reps_done) +
             "," + std::to_string(t.sets_planned) + "," + std::to_string(t.sets_done) + "," + number(t.active_seconds) +
             tail;
    }
  }
  return csv;
}

}  // namespace ubr
