#include "core/progress/document.h"
#include "core/progress/migrations.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace ubr;
using nlohmann::json;

namespace {
// A document exactly as the first release (schema 1) stored it.
const char* const kV1 = R"({
  "version": 1,
  "weeklyGoal": 5,
  "sessions": [
    {"id": "a1", "startedAt": 1764021600000, "endedAt": 1764022200000, "localDate": "2025-11-24",
     "routine": "Morning", "completed": true,
     "exercises": [{"id": "arm-slides", "repsPlanned": 10, "repsDone": 9, "setsPlanned": 1, "setsDone": 1,
                    "seconds": 48.5}],
     "painBefore": 5, "painAfter": 3, "note": "stiff"},
    {"id": "a2", "startedAt": 1764111000000, "endedAt": 1764111300000, "localDate": "2025-11-26",
     "completed": false, "exercises": []}
  ]
})";
}  // namespace

TEST_CASE("schema 1 is migrated: readable keys, no offset, goal at the top") {
  const ProgressParse parsed = parse_progress(kV1, "stored progress");
  INFO(parsed.error);
  REQUIRE(parsed.doc.has_value());
  CHECK(parsed.schema == 1);
  CHECK(parsed.migrated);
  const ProgressDoc& doc = *parsed.doc;
  CHECK(doc.goal.sessions_per_week == 5);
  CHECK(doc.epoch == 0);
  REQUIRE(doc.sessions.size() == 2);
  const SessionRecord& a1 = doc.sessions[0];
  CHECK(a1.id == "a1");
  CHECK(a1.started_utc_ms == 1764021600000);  // 2025-11-24 22:00 UTC
  CHECK(a1.routine_name == "Morning");
  CHECK(a1.pain_before == 5);
  CHECK(a1.pain_after == 3);
  CHECK(a1.note == "stiff");
  REQUIRE(a1.exercises.size() == 1);
  CHECK(a1.exercises[0].reps_done == 9);
  CHECK(a1.exercises[0].active_seconds == 48.5);
  // Same UTC and local date: offset 0 is the best guess.
  CHECK(a1.utc_offset_minutes == 0);
  // 2025-11-25 22:50 UTC recorded as the 26th: the smallest whole-hour offset that reaches that date is +2 h.
  const SessionRecord& a2 = doc.sessions[1];
  CHECK(a2.local_date == "2025-11-26");
  CHECK(a2.utc_offset_minutes == 120);
  CHECK_FALSE(a2.completed);
}

TEST_CASE("a migrated document is written back in the current schema and reads the same") {
  const ProgressParse v1 = parse_progress(kV1, "stored progress");
  REQUIRE(v1.doc.has_value());
  const std::string current = progress_to_json(*v1.doc, "0.1.0");
  CHECK(json::parse(current)["schema"] == 2);
  const ProgressParse again = parse_progress(current, "stored progress");
  REQUIRE(again.doc.has_value());
  CHECK_FALSE(again.migrated);
  CHECK(progress_to_json(*again.doc, "0.1.0") == current);
}

TEST_CASE("schema 1 inferred offsets run west as well as east") {
  json v1 = json::parse(kV1);
  // 02:30 UTC on the 25th, recorded as the 24th: west of UTC, 23:30 local at -3 h.
  v1["sessions"][0]["startedAt"] = 1764037800000;
  v1["sessions"][0]["endedAt"] = 1764038400000;
  v1["sessions"][0]["localDate"] = "2025-11-24";
  const ProgressParse parsed = parse_progress(v1.dump(), "stored progress");
  REQUIRE(parsed.doc.has_value());
  CHECK(parsed.doc->sessions[0].utc_offset_minutes == -180);
}

TEST_CASE("schema 1 problems are still named after migration") {
  json v1 = json::parse(kV1);
  v1["sessions"][1]["painAfter"] = 12;
  CHECK(parse_progress(v1.dump(), "stored progress").error ==
        "stored progress: sessions[1].pa: expected a whole number from 0 to 10, found 12");
  v1 = json::parse(kV1);
  v1["sessions"][0]["colour"] = "red";
  CHECK(parse_progress(v1.dump(), "stored progress").error == "stored progress: sessions[0].colour: unknown field");
  v1 = json::parse(kV1);
  v1["sessions"] = 3;
  CHECK(parse_progress(v1.dump(), "stored progress").error == "stored progress: sessions: expected a list");
}

TEST_CASE("declared schema versions") {
  CHECK(declared_schema(json::parse(R"({"schema":2})")) == 2);
  CHECK(declared_schema(json::parse(R"({"version":1})")) == 1);
  CHECK(declared_schema(json::parse(R"({"schema":-1})")) == 0);
  CHECK(declared_schema(json::parse("[]")) == 0);
}
