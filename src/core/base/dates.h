#pragma once
// Calendar arithmetic on local dates as day numbers (days since 1970-01-01), so statistics never need a time-zone
// database: each session carries its own local date, written by the platform when it started.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ubr {

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
};

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
std::int64_t day_number(CivilDate date);
CivilDate civil_date(std::int64_t day_number);

// "YYYY-MM-DD" → day number; nothing for anything else (including 2026-02-30).
std::optional<std::int64_t> parse_local_date(std::string_view text);
std::string format_local_date(std::int64_t day_number);

// The local day of a UTC instant, given the offset (local minus UTC) in minutes. Floors, so times before 1970 work.
std::int64_t local_day(std::int64_t utc_ms, int utc_offset_minutes);

// 0 = Monday … 6 = Sunday.
int weekday(std::int64_t day_number);
// Weeks start on Monday; the number of the week that holds this day.
std::int64_t week_number(std::int64_t day_number);
int days_in_month(int year, int month);

}  // namespace ubr
