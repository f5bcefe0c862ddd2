// Property tests of the reminder scheduler: random settings, random clock behaviour (ticks, sleeps of hours or
// days, the clock put back, the UTC offset changing by an hour either way), sessions and two tabs whose leadership
// moves. Real time is simulated alongside the clock, because "never closer than the interval" is about the time
// a person experiences, which a clock put back does not change.
#include "reminders_test_util.h"

#include <random>

using namespace ubr;
using namespace ubr::reminders_test;

namespace {

int random_int(std::mt19937& rng, int lo, int hi) {
  return std::uniform_int_distribution<int>(lo, hi)(rng);
}
std::int64_t random_ms(std::mt19937& rng, std::int64_t lo, std::int64_t hi) {
  return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
}

ReminderSettings random_settings(std::mt19937& rng) {
  ReminderSettings settings;
  settings.desk.enabled = random_int(rng, 0, 9) < 8;
  settings.desk.interval_minutes = random_int(rng, kMinDeskIntervalMinutes, kMaxDeskIntervalMinutes);
  settings.desk.start_hour = random_int(rng, 0, 23);
  settings.desk.end_hour = random_int(rng, settings.desk.start_hour + 1, 24);
  settings.desk.weekdays = static_cast<std::uint8_t>(random_int(rng, 1, kAllWeekdays));
  settings.daily.enabled = !settings.desk.enabled || random_int(rng, 0, 1) == 1;
  settings.daily.minute_of_day = random_int(rng, 0, kMinutesPerDay - 1);
  return settings;
}

// Local time worked out here independently of the scheduler's own helpers.
struct Local {
  std::int64_t day;
  int weekday;  // 0 = Monday
  int minute;   // of the day
};
Local local(const WallClock& clock) {
  const std::int64_t ms = clock.utc_ms + clock.utc_offset_minutes * kMinute;
  std::int64_t day = ms / kDay;
  if (ms % kDay < 0) --day;
  const int minute = static_cast<int>((ms - day * kDay) / kMinute);
  const int weekday = static_cast<int>(((day + 3) % 7 + 7) % 7);  // 1970-01-01 was a Thursday
  return {day, weekday, minute};
}

struct Seen {
  std::int64_t real = 0;
  ReminderKind kind = ReminderKind::DeskBreak;
};

}  // namespace

TEST_CASE("reminder scheduler properties hold over random settings and clock jumps") {
  std::size_t total_seen = 0;
  for (unsigned seed = 1; seed <= 60; ++seed) {
    std::mt19937 rng(seed);
    const ReminderSettings settings = random_settings(rng);
    const DeskBreakSettings& desk_settings = settings.desk;
    std::int64_t real = at(2026, 1, 1, 0, 0).utc_ms + random_ms(rng, 0, 360 * kDay);
    std::int64_t skew = 0;
    int offset = 60 * random_int(rng, -10, 13) + (random_int(rng, 0, 5) == 0 ? 30 : 0);
    auto clock = [&] { return WallClock{real + skew, offset}; };

    // Two tabs with the same settings; one of them leads, and leadership sometimes moves.
    RemindersState first = apply({}, SetDeskBreaks{settings.desk}, clock());
    first = apply(first, SetDailyReminder{settings.daily}, clock());
    RemindersState tabs[2] = {first, first};
    int leader = 0;
    bool session = false;

    std::vector<Seen> seen;
    std::optional<std::int64_t> last_daily_day;
    std::optional<std::int64_t> woke_at;
    int since_wake = 0;
    std::string story;  // the last events, for the message of a failure

    for (int step = 0; step < 3000; ++step) {
      const int event = random_int(rng, 0, 99);
      if (event < 84) {
        real += random_ms(rng, 1000, 3 * kMinute);
        story = "tick";
      } else if (event < 89) {
        real += random_ms(rng, kHour, 3 * kDay);  // asleep: no ticks in between
        woke_at = real;
        since_wake = 0;
        story = "wake";
      } else if (event < 93) {
        real += random_ms(rng, 1000, kMinute);
        skew -= random_ms(rng, kMinute, 3 * kHour);  // the clock is put back
        story = "clock back";
      } else if (event < 97) {
        real += random_ms(rng, 1000, kMinute);
        offset += random_int(rng, 0, 1) == 0 ? 60 : -60;  // daylight saving, either way
        story = "offset change";
      } else if (event < 98) {
        session = !session;
        story = session ? "session starts" : "session ends";
      } else if (event < 99) {
        leader = 1 - leader;
        story = "leader moves";
      } else {
        for (RemindersState& tab : tabs) tab = apply(tab, BreakCompleted{}, clock());
        story = "break completed";
      }
      const WallClock now = clock();
      INFO("seed " << seed << ", step " << step << " (" << story << "), utc " << now.utc_ms << ", offset "
                   << now.utc_offset_minutes << ", desk every " << desk_settings.interval_minutes << " from "
                   << desk_settings.start_hour << " to " << desk_settings.end_hour << " days "
                   << int(desk_settings.weekdays) << (desk_settings.enabled ? " on" : " off") << ", daily at "
                   << settings.daily.minute_of_day << (settings.daily.enabled ? " on" : " off"));

      for (int tab = 0; tab < 2; ++tab) {
        ReminderTick tick = tick_reminders(tabs[tab], now, session, tab == leader);
        tabs[tab] = std::move(tick.state);

        // The next due time is always after the reading.
        REQUIRE(tabs[tab].next_due_utc_ms.has_value());
        REQUIRE(*tabs[tab].next_due_utc_ms > now.utc_ms);

        int shows = 0;
        for (const ReminderEffect& effect : tick.effects) {
          const auto* show = std::get_if<ShowReminder>(&effect);
          if (show == nullptr) continue;
          ++shows;
          // Only the leader, never during a session.
          REQUIRE(tab == leader);
          REQUIRE_FALSE(session);
          const Local here = local(now);
          if (show->kind == ReminderKind::DeskBreak) {
            // Within the hours, on a chosen day, and never closer than the interval to the last one.
            REQUIRE(desk_settings.enabled);
            REQUIRE(((desk_settings.weekdays >> here.weekday) & 1) == 1);
            REQUIRE(here.minute >= desk_settings.start_hour * 60);
            REQUIRE(here.minute < desk_settings.end_hour * 60);
            for (auto it = seen.rbegin(); it != seen.rend(); ++it) {
              if (it->kind != ReminderKind::DeskBreak) continue;
              REQUIRE(real - it->real >= desk_settings.interval_minutes * kMinute);
              break;
            }
          } else {
            // At most once per local day, never before its time.
            REQUIRE(settings.daily.enabled);
            REQUIRE(here.minute >= settings.daily.minute_of_day);
            if (last_daily_day) REQUIRE(here.day > *last_daily_day);
            last_daily_day = here.day;
          }
          // Any two reminders are apart by at least the smallest gap.
          if (!seen.empty()) REQUIRE(real - seen.back().real >= kMinReminderGapMs);
          seen.push_back({real, show->kind});
          // After waking, at most one reminder, not the ones missed.
          if (woke_at && real - *woke_at < kMinReminderGapMs) REQUIRE(++since_wake <= 1);
        }
        REQUIRE(shows <= 1);
      }
    }
    total_seen += seen.size();
  }
  // The random walks did show reminders (a check on the test itself: properties of nothing prove nothing).
  CHECK(total_seen > 1000);
}
