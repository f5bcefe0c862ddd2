#include "core/progress/document.h"
#include "core/progress/merge.h"
#include "progress_test_util.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace ubr;
using nlohmann::json;
using ubr::test::doc_with;
using ubr::test::session_on;

namespace {
std::string valid_text() {
  SessionRecord a = session_on("s-1", "2026-11-20", 8, 60);
  a.pain_before = 4;
  a.pain_after = 2;
  a.note = "felt \"looser\", better,\nthanks";
  SessionRecord b = session_on("s-2", "2026-11-22", 23, -300);
  b.completed = false;
  b.exercises.clear();
  ProgressDoc doc = doc_with({a, b});
  doc.goal = {4, 2};
  return progress_to_json(doc, "0.1.0");
}

// The stored document with one change made to its JSON, as text.
std::string edited(const std::function<void(json&)>& change) {
  json document = json::parse(valid_text());
  change(document);
  return document.dump();
}

std::string error_of(const std::string& text) {
  const ProgressParse parsed = parse_progress(text, "backup", 1800000000000);  // 2027-01-15
  CHECK_FALSE(parsed.doc.has_value());
  return parsed.error;
}
}  // namespace

TEST_CASE("a progress document survives a round trip unchanged") {
  const std::string text = valid_text();
  const ProgressParse parsed = parse_progress(text, "stored progress");
  REQUIRE(parsed.doc.has_value());
  CHECK(parsed.schema == 2);
  CHECK_FALSE(parsed.migrated);
  const ProgressDoc& doc = *parsed.doc;
  REQUIRE(doc.sessions.size() == 2);
  CHECK(doc.goal.sessions_per_week == 4);
  CHECK(doc.goal.revision == 2);
  const SessionRecord& a = doc.sessions[0];
  CHECK(a.id == "s-1");
  CHECK(a.utc_offset_minutes == 60);
  CHECK(a.local_date == "2026-11-20");
  CHECK(a.pain_before == 4);
  CHECK(a.pain_after == 2);
  CHECK(a.note == "felt \"looser\", better,\nthanks");
  REQUIRE(a.exercises.size() == 2);
  CHECK(a.exercises[1].exercise_id == "shoulder-roll");
  CHECK(a.exercises[1].reps_done == 15);
  CHECK(a.exercises[0].active_seconds == 60.5);
  CHECK_FALSE(doc.sessions[1].completed);
  CHECK_FALSE(doc.sessions[1].pain_before.has_value());
  CHECK(progress_to_json(doc, "0.1.0") == text);
}

TEST_CASE("an empty document is valid and records the schema and app version") {
  const json document = json::parse(progress_to_json(ProgressDoc{}, "9.8.7"));
  CHECK(document["schema"] == kProgressSchema);
  CHECK(document["app"] == "9.8.7");
  CHECK(parse_progress(document.dump(), "x").doc.has_value());
}

TEST_CASE("1,000 sessions stay well under localStorage's 5 MB") {
  ProgressDoc doc;
  for (int i = 0; i < 1000; ++i) {
    const std::int64_t day = *parse_local_date("2024-01-01") + i;
    SessionRecord s = session_on("s-" + std::to_string(1700000000000 + i) + "-ab12", format_local_date(day), 18, 60);
    // A full routine of eight exercises, ratings and a short note: a generous session.
    s.exercises.clear();
    for (const char* id : {"arm-slides", "shoulder-blade-squeeze", "elbow-squeeze", "arm-reach", "thoracic-stretch",
                           "shoulder-roll", "upper-back-stretch", "mid-trap"}) {
      s.exercises.push_back({id, 30, 28, 3, 3, 95.5});
    }
    s.pain_before = 5;
    s.pain_after = 3;
    s.note = "Felt better afterwards.";
    doc.sessions.push_back(s);
  }
  const std::string text = progress_to_json(doc, "0.1.0");
  WARN("stored document with 1,000 sessions: " << text.size() << " bytes");
  CHECK(text.size() < 1024 * 1024);
  const ProgressParse parsed = parse_progress(text, "stored progress");
  REQUIRE(parsed.doc.has_value());
  CHECK(parsed.doc->sessions.size() == 1000);
}

TEST_CASE("bad documents are refused with a message naming the problem") {
  CHECK(error_of("{not json") == "backup: not valid JSON");
  CHECK(error_of("[1,2]") == "backup: not a progress file (no schema version)");
  CHECK(error_of(R"({"schema":"2"})") == "backup: not a progress file (no schema version)");
  CHECK(error_of(edited([](json& d) { d["schema"] = 3; })) ==
        "backup: written by a newer version of the app (schema 3; this version reads up to 2)");
  CHECK(error_of(edited([](json& d) { d["sessions"] = "many"; })) == "backup: sessions: expected a list");
  CHECK(error_of(edited([](json& d) { d["sessions"][0]["pb"] = "4"; })) ==
        "backup: sessions[0].pb: expected a whole number from 0 to 10");
  CHECK(error_of(edited([](json& d) { d["sessions"][0]["pa"] = 11; })) ==
        "backup: sessions[0].pa: expected a whole number from 0 to 10, found 11");
  CHECK(error_of(edited([](json& d) { d["sessions"][0]["ex"][0][2] = -3; })) ==
        "backup: sessions[0].ex[0][2]: expected a whole number from 0 to 100000");
  CHECK(error_of(edited([](json& d) { d["sessions"][0]["ex"][0][1] = 1e300; })) ==
        "backup: sessions[0].ex[0][1]: expected a whole number from 0 to 100000");
  CHECK(error_of(edited([](json& d) { d["sessions"][0]["ex"][0][5] = -1.5; })) ==
        "backup: sessions[0].ex[0][5]: expected seconds from 0 to 86400");
  CHECK(error_of(edited([](json& d) { d["sessions"][1]["id"] = "s-1"; })) ==
        "backup: sessions[1].id: duplicate id 's-1'");
  CHECK(error_of(edited([](json& d) { d["sessions"][0]["mood"] = "fine"; })) ==
        "backup: sessions[0].mood: unknown field");
  CHECK(error_of(edited([](json& d) { d["extra"] = 1; })) == "backup: extra: unknown field");
  CHECK(error_of(edited([](json& d) { d["sessions"][0]["id"] = "<script>"; })) ==
        "backup: sessions[0].id: use up to 64 letters, digits and - _ . : only");
  CHECK(error_of(edited([](json& d) { d["goal"]["perWeek"] = 0; })) ==
        "backup: goal.perWeek: expected a whole number from 1 to 14, found 0");
  CHECK(error_of(edited([](json& d) { d["sessions"][0]["date"] = "2026-02-30"; })) ==
        "backup: sessions[0].date: expected a date as YYYY-MM-DD");
  CHECK(error_of(edited([](json& d) { d["sessions"][0]["date"] = "2026-11-25"; })) ==
        "backup: sessions[0].date: does not match the start time");
  CHECK(error_of(edited([](json& d) {
          d["sessions"][0]["end"] = d["sessions"][0]["start"].get<std::int64_t>() - 1;
        })).find("sessions[0].end: is before") != std::string::npos);
  CHECK(error_of(edited([](json& d) { d["sessions"][0]["note"] = std::string(2001, 'x'); })) ==
        "backup: sessions[0].note: is longer than 2000 bytes");
}

TEST_CASE("numbers that JSON cannot hold safely are refused") {
  // NaN and Infinity are not JSON; a number too large for a double overflows.
  CHECK(error_of(R"({"schema":2,"epoch":NaN})") == "backup: not valid JSON");
  CHECK_FALSE(error_of(edited([](json& d) { d["sessions"][0]["start"] = 18446744073709551615ULL; })).empty());
  CHECK(error_of(edited([](json& d) { d["sessions"][0]["start"] = -5; })).find("is before 2000-01-01") !=
        std::string::npos);
  std::string huge = valid_text();
  huge.replace(huge.find("\"epoch\":0"), 9, "\"epoch\":1e999");
  CHECK_FALSE(error_of(huge).empty());
}

TEST_CASE("dates in the far future are refused in imports but tolerated up to 2100 in stored data") {
  const std::string future = edited([](json& d) {
    d["sessions"][0]["start"] = 4000000000000;  // 2096
    d["sessions"][0]["end"] = 4000000600000;
    d["sessions"][0]["date"] = "2096-10-02";
  });
  CHECK(error_of(future).find("sessions[0].start: is too far in the future") != std::string::npos);
  CHECK(parse_progress(future, "stored progress").doc.has_value());
  const std::string far = edited([](json& d) { d["sessions"][0]["start"] = 9000000000000000; });
  CHECK_FALSE(parse_progress(far, "stored progress").doc.has_value());
}

TEST_CASE("deeply nested or oversized input is refused before parsing") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  CHECK(error_of(deep) == "backup: nested too deeply to be a progress file");
  const std::string big(kMaxProgressBytes + 1, ' ');
  CHECK(error_of(big) == "backup: larger than 5 MB (5 MB)");
}
