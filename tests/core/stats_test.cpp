#include "core/progress/stats.h"
#include "core/base/dates.h"
#include "core/progress/csv.h"
#include "progress_test_util.h"

#include <catch2/catch.hpp>

using namespace ubr;
using ubr::test::doc_with;
using ubr::test::session_on;

namespace {
std::int64_t day(const char* date) {
  return *parse_local_date(date);
}
}  // namespace

TEST_CASE("calendar arithmetic") {
  CHECK(day("1970-01-01") == 0);
  CHECK(day("2000-03-01") - day("2000-02-28") == 2);  // 2000 was a leap year
  CHECK(day("2100-03-01") - day("2100-02-28") == 1);  // 2100 will not be
  CHECK(format_local_date(day("2026-12-31") + 1) == "2027-01-01");
  CHECK(format_local_date(-1) == "1969-12-31");
  CHECK_FALSE(parse_local_date("2026-13-01"));
  CHECK_FALSE(parse_local_date("2026-1-01"));
  CHECK_FALSE(parse_local_date("2025-02-29"));
  CHECK(parse_local_date("2024-02-29"));
  CHECK(weekday(day("2026-11-23")) == 0);  // a Monday
  CHECK(weekday(day("2026-11-29")) == 6);
  CHECK(week_number(day("2026-11-23")) == week_number(day("2026-11-29")));
  CHECK(week_number(day("2026-11-30")) == week_number(day("2026-11-29")) + 1);
  CHECK(days_in_month(2024, 2) == 29);
}

TEST_CASE("local days from UTC and an offset") {
  const std::int64_t utc_2330 = day("2026-11-24") * 86400000 + 23 * 3600000 + 30 * 60000;
  CHECK(local_day(utc_2330, 0) == day("2026-11-24"));
  CHECK(local_day(utc_2330, 60) == day("2026-11-25"));  // Berlin in winter: already the next day
  CHECK(local_day(utc_2330 - 24 * 3600000, -480) == day("2026-11-23"));
  CHECK(local_day(-1, 0) == -1);  // floors before 1970
}

TEST_CASE("sessions count for their local date, not their UTC date") {
  // 23:30 in Berlin on 31 December is 22:30 UTC the same day; 00:30 in Tokyo on 1 January is 15:30 UTC the day before.
  const SessionRecord berlin = session_on("b", "2026-12-31", 23, 60);
  const SessionRecord tokyo = session_on("t", "2027-01-01", 0, 540);
  CHECK(local_day(tokyo.started_utc_ms, 0) == day("2026-12-31"));
  const ProgressStats stats = compute_stats(doc_with({berlin, tokyo}), day("2027-01-01"));
  REQUIRE(stats.active_days.size() == 2);
  CHECK(stats.active_days[0] == day("2026-12-31"));
  CHECK(stats.active_days[1] == day("2027-01-01"));
  CHECK(stats.day_streak == 2);
}

TEST_CASE("the day streak runs across month and year ends and allows today to be still to come") {
  const ProgressDoc doc =
      doc_with({session_on("1", "2026-12-30"), session_on("2", "2026-12-31"), session_on("3", "2027-01-01"),
                session_on("4", "2027-01-01", 18), session_on("0", "2026-12-28")});
  CHECK(compute_stats(doc, day("2027-01-01")).day_streak == 3);
  CHECK(compute_stats(doc, day("2027-01-02")).day_streak == 3);  // today not done yet: still counts
  CHECK(compute_stats(doc, day("2027-01-03")).day_streak == 0);  // a whole day missed
  const ProgressDoc month =
      doc_with({session_on("a", "2026-02-27"), session_on("b", "2026-02-28"), session_on("c", "2026-03-01")});
  CHECK(compute_stats(month, day("2026-03-01")).day_streak == 3);
}

TEST_CASE("the week streak counts weeks meeting the goal and tolerates rest days") {
  // Goal 3 a week. Weeks (Monday first) of 2026-12-14, 12-21, 12-28 (spanning the year end) each have three
  // sessions with rest days between; the week of 2027-01-04 has one so far.
  ProgressDoc doc =
      doc_with({session_on("a", "2026-12-14"), session_on("b", "2026-12-16"), session_on("c", "2026-12-20"),
                session_on("d", "2026-12-21"), session_on("e", "2026-12-23"), session_on("f", "2026-12-25"),
                session_on("g", "2026-12-29"), session_on("h", "2026-12-31"), session_on("i", "2027-01-02"),
                session_on("j", "2027-01-05")});
  ProgressStats stats = compute_stats(doc, day("2027-01-06"));
  CHECK(stats.sessions_this_week == 1);
  CHECK(stats.week_streak == 3);  // this week is not over, so it does not break the streak
  CHECK(stats.day_streak == 1);   // yesterday only
  doc.sessions.push_back(session_on("k", "2027-01-06"));
  doc.sessions.push_back(session_on("l", "2027-01-06", 19));
  sort_sessions(doc.sessions);
  CHECK(compute_stats(doc, day("2027-01-06")).week_streak == 4);
  CHECK(compute_stats(doc, day("2027-01-12")).week_streak == 4);  // last week met it; this week just began
  CHECK(compute_stats(doc, day("2027-01-19")).week_streak == 0);  // a whole week without meeting it
  doc.goal.sessions_per_week = 4;
  CHECK(compute_stats(doc, day("2027-01-06")).week_streak == 0);
  doc.goal.sessions_per_week = 1;
  CHECK(compute_stats(doc, day("2027-01-06")).week_streak == 4);
}

TEST_CASE("per-exercise totals and the pain trend") {
  SessionRecord a = session_on("a", "2026-11-01");
  a.pain_before = 3;
  a.pain_after = 2;
  SessionRecord b = session_on("b", "2026-11-02");
  b.exercises = {{"arm-slides", 10, 4, 1, 1, 20}};
  b.pain_before = 2;
  b.pain_after = 5;
  SessionRecord c = session_on("c", "2026-11-03");  // no ratings: not part of the trend
  const ProgressStats stats = compute_stats(doc_with({a, b, c}), day("2026-11-03"));
  REQUIRE(stats.exercise_totals.size() == 2);
  CHECK(stats.exercise_totals[0].exercise_id == "shoulder-roll");  // 30 reps beat 24
  CHECK(stats.exercise_totals[0].reps_done == 30);
  CHECK(stats.exercise_totals[1].exercise_id == "arm-slides");
  CHECK(stats.exercise_totals[1].reps_done == 24);
  CHECK(stats.exercise_totals[1].sessions == 3);
  CHECK(stats.exercise_totals[1].active_seconds == Approx(141));
  REQUIRE(stats.pain.size() == 2);
  CHECK(stats.pain[1].after == 5);
  CHECK(stats.pain_rose_session_id == "b");
  CHECK(compute_stats(doc_with({a}), day("2026-11-03")).pain_rose_session_id.empty());
  CHECK(stats.completed_sessions == 3);
}

TEST_CASE("CSV export: a row per exercise, quoting, no formulas") {
  SessionRecord a = session_on("a", "2026-11-01", 9, 60);
  a.note = "=cmd|' /C calc'!A0, \"quoted\"";
  a.pain_before = 4;
  SessionRecord b = session_on("b", "2026-11-02");
  b.exercises.clear();
  const std::string csv = sessions_to_csv(doc_with({a, b}));
  CHECK(csv.rfind("session_id,started_utc,", 0) == 0);
  CHECK(csv.find("a,2026-11-01T08:00:00Z,2026-11-01T08:12:00Z,2026-11-01,60,Daily,yes,arm-slides,10,10,1,1,60.5,4,,"
                 "\"'=cmd|' /C calc'!A0, \"\"quoted\"\"\"\r\n") != std::string::npos);
  CHECK(csv.find("b,2026-11-02T09:00:00Z,2026-11-02T09:12:00Z,2026-11-02,0,Daily,yes,,,,,,,,,\r\n") !=
        std::string::npos);
  std::size_t rows = 0;
  for (char c : csv) rows += c == '\n';
  CHECK(rows == 4);  // header, two exercises of a, b
  CHECK(format_utc_iso(0) == "1970-01-01T00:00:00Z");
}
