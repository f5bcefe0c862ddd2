// The reminder scheduler and the answers to a reminder, on exact clock readings.
#include "reminders_test_util.h"

using namespace ubr;
using namespace ubr::reminders_test;

TEST_CASE("reminders are off by default and then never remind") {
  RemindersState state;
  CHECK_FALSE(state.settings.desk.enabled);
  CHECK_FALSE(state.settings.daily.enabled);
  const std::vector<Shown> seen = run(state, at(2026, 12, 7, 0, 0), 3 * kDay);
  CHECK(seen.empty());
  CHECK_FALSE(state.next_due_utc_ms.has_value());
}

TEST_CASE("desk break reminders come every interval within the hours") {
  const WallClock on = at(2026, 12, 7, 10, 0, 60);  // Monday 10:00 local
  RemindersState state = apply({}, SetDeskBreaks{desk(30, 9, 17)}, on);
  REQUIRE(state.next_due_utc_ms == later(on, 30 * kMinute).utc_ms);
  const std::vector<Shown> seen = run(state, on, 7 * kHour);  // until 17:00
  REQUIRE(seen.size() == 13);                                 // 10:30, 11:00, ... 16:30
  CHECK(seen.front().clock == at(2026, 12, 7, 10, 30, 60));
  CHECK(seen.back().clock == at(2026, 12, 7, 16, 30, 60));
  for (const Shown& s : seen) {
    CHECK(s.reminder.kind == ReminderKind::DeskBreak);
    CHECK(s.reminder.routine_id == "micro-break");
    CHECK_FALSE(s.reminder.title.empty());
  }
  CHECK(state.counts.shown_today == 13);
  CHECK(state.runtime.active == ActiveReminder{ReminderKind::DeskBreak, seen.back().clock.utc_ms});
}

TEST_CASE("desk break reminders stay within the hours and off days, a day's first an interval in") {
  const WallClock friday = at(2026, 12, 11, 16, 0);
  RemindersState state = apply({}, SetDeskBreaks{desk(45, 9, 17)}, friday);
  // Friday 16:45, then nothing on Saturday or Sunday, then Monday 09:45.
  const std::vector<Shown> seen = run(state, friday, 3 * kDay - 5 * kHour - 30 * kMinute);  // to Monday 10:30
  REQUIRE(seen.size() == 3);
  CHECK(seen[0].clock == at(2026, 12, 11, 16, 45));
  CHECK(seen[1].clock == at(2026, 12, 14, 9, 45));
  CHECK(seen[2].clock == at(2026, 12, 14, 10, 30));
  // Hours shorter than the interval still get one break, at their start.
  RemindersState short_hours = apply({}, SetDeskBreaks{desk(120, 12, 13, kAllWeekdays)}, at(2026, 12, 7, 14, 0));
  const std::vector<Shown> once = run(short_hours, at(2026, 12, 7, 14, 0), kDay);
  REQUIRE(once.size() == 1);
  CHECK(once[0].clock == at(2026, 12, 8, 12, 0));
}

TEST_CASE("a reminder after waking from sleep: one, not the ones missed") {
  const WallClock start = at(2026, 12, 7, 9, 0);
  RemindersState state = apply({}, SetDeskBreaks{desk(20, 8, 18)}, start);
  // Asleep from 9:00 to 13:07: eleven breaks missed; one now, the next a full interval later.
  const WallClock wake = later(start, 4 * kHour + 7 * kMinute);
  ReminderTick tick = tick_reminders(state, wake, false, true);
  REQUIRE(shown(tick));
  CHECK(tick.state.counts.shown_today == 1);
  CHECK(tick.state.next_due_utc_ms == later(wake, 20 * kMinute).utc_ms);
  state = tick.state;
  CHECK(run(state, later(wake, 1000), 19 * kMinute).empty());
  // Asleep overnight (a break missed at 17:40 yesterday): today's first comes an interval after 8:00, not at wake.
  RemindersState overnight = apply({}, SetDeskBreaks{desk(20, 8, 18)}, at(2026, 12, 7, 17, 10));
  const ReminderTick morning = tick_reminders(overnight, at(2026, 12, 8, 8, 5), false, true);
  CHECK_FALSE(shown(morning));
  CHECK(morning.state.next_due_utc_ms == at(2026, 12, 8, 8, 20).utc_ms);
  // Waking after the hours: nothing until tomorrow's.
  const ReminderTick evening = tick_reminders(overnight, at(2026, 12, 8, 19, 0), false, true);
  CHECK_FALSE(shown(evening));
  CHECK(evening.state.next_due_utc_ms == at(2026, 12, 9, 8, 20).utc_ms);
}

TEST_CASE("reminder hours follow a daylight-saving change of the UTC offset") {
  // 16:30 local at UTC+1; the next break is due 45 minutes later, at 17:15 local: outside the hours.
  RemindersState state = apply({}, SetDeskBreaks{desk(45, 9, 17)}, at(2026, 3, 27, 16, 0, 60));
  state = tick_reminders(state, at(2026, 3, 27, 16, 45, 60), false, true).state;
  REQUIRE(state.counts.shown_today == 1);
  // The offset goes back an hour (autumn): 16:45 UTC+1 is 15:45 UTC+0, so the next break, 45 minutes on, at 16:30
  // local, is within the hours and comes.
  const ReminderTick autumn = tick_reminders(state, at(2026, 3, 27, 16, 30, 0), false, true);
  REQUIRE(shown(autumn));
  // The offset goes forward an hour (spring): the same instant is 18:30 local, after the hours: nothing today.
  const ReminderTick spring = tick_reminders(state, at(2026, 3, 27, 18, 30, 120), false, true);
  CHECK_FALSE(shown(spring));
  CHECK(spring.state.next_due_utc_ms == at(2026, 3, 30, 9, 45, 120).utc_ms);  // Monday

  // A daily reminder keeps to its local time across the change: 18:00 before and after, 23 hours apart.
  RemindersState evening = apply({}, SetDailyReminder{daily(18, 0)}, at(2026, 3, 28, 12, 0, 60));
  std::vector<Shown> seen = run(evening, at(2026, 3, 28, 12, 0, 60), 10 * kHour);
  const WallClock after_change = at(2026, 3, 29, 12, 0, 120);
  std::vector<Shown> next_day = run(evening, after_change, 10 * kHour);
  REQUIRE(seen.size() == 1);
  REQUIRE(next_day.size() == 1);
  CHECK(seen[0].clock == at(2026, 3, 28, 18, 0, 60));
  CHECK(next_day[0].clock == at(2026, 3, 29, 18, 0, 120));
  CHECK(next_day[0].clock.utc_ms - seen[0].clock.utc_ms == 23 * kHour);
}

TEST_CASE("reminder counts start again at local midnight, week counts on Monday") {
  RemindersState state = apply({}, SetDeskBreaks{desk(60, 0, 24, kAllWeekdays)}, at(2026, 12, 12, 21, 0));
  run(state, at(2026, 12, 12, 21, 0), 3 * kHour - kMinute);  // Saturday: 22:00, 23:00
  CHECK(state.counts.shown_today == 2);
  state = apply(state, BreakCompleted{}, at(2026, 12, 12, 23, 30));
  CHECK(state.counts.breaks_today == 1);
  // Across midnight the hours 0..24 run on: the break after 23:30 comes at 00:30 on Sunday, a new day.
  run(state, at(2026, 12, 13, 0, 0), 31 * kMinute);
  CHECK(state.counts.shown_today == 1);
  CHECK(state.counts.breaks_today == 0);
  CHECK(state.counts.shown_week == 3);
  CHECK(state.counts.breaks_week == 1);
  // Monday: a new week.
  state = tick_reminders(state, at(2026, 12, 14, 0, 1), false, true).state;
  CHECK(state.counts.shown_week == 0);
  CHECK(state.counts.breaks_week == 0);
  // A clock put back across midnight keeps the counts of the later day.
  state = apply(state, BreakCompleted{}, at(2026, 12, 14, 0, 2));
  state = tick_reminders(state, at(2026, 12, 13, 23, 50), false, true).state;
  CHECK(state.counts.breaks_today == 1);
}

TEST_CASE("snoozing a reminder shows it again 10 minutes later") {
  const WallClock start = at(2026, 12, 7, 10, 0);
  RemindersState state = apply({}, SetDeskBreaks{desk(30, 9, 17)}, start);
  state = tick_reminders(state, at(2026, 12, 7, 10, 30), false, true).state;
  REQUIRE(state.runtime.active);
  const WallClock snoozed_at = at(2026, 12, 7, 10, 32);
  state = apply(state, SnoozeReminder{}, snoozed_at);
  CHECK_FALSE(state.runtime.active);
  CHECK(state.next_due_utc_ms == later(snoozed_at, 10 * kMinute).utc_ms);
  const std::vector<Shown> seen = run(state, later(snoozed_at, kMinute), 10 * kMinute);
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].clock == later(snoozed_at, 10 * kMinute));
  CHECK(seen[0].reminder.kind == ReminderKind::DeskBreak);
  // Nothing to snooze once it is answered.
  state = apply(state, BreakStarted{}, later(snoozed_at, 11 * kMinute));
  const RemindersResult refused = update_reminders(state, SnoozeReminder{}, later(snoozed_at, 12 * kMinute));
  CHECK_FALSE(refused.ok());
  CHECK(refused.state == state);
}

TEST_CASE("skipping a reminder: the next one a full interval after it") {
  RemindersState state = apply({}, SetDeskBreaks{desk(30, 9, 17)}, at(2026, 12, 7, 10, 0));
  const RemindersResult nothing_yet = update_reminders(state, SkipReminder{}, at(2026, 12, 7, 10, 5));
  CHECK_FALSE(nothing_yet.ok());
  CHECK(nothing_yet.state == state);
  CHECK(nothing_yet.effects.empty());
  state = tick_reminders(state, at(2026, 12, 7, 10, 30), false, true).state;
  state = apply(state, SkipReminder{}, at(2026, 12, 7, 10, 40));
  CHECK_FALSE(state.runtime.active);
  CHECK(state.next_due_utc_ms == at(2026, 12, 7, 11, 0).utc_ms);
  CHECK(state.counts.breaks_today == 0);
}

TEST_CASE("pausing reminders for today: none until tomorrow") {
  RemindersState state = apply({}, SetDeskBreaks{desk(30, 9, 17)}, at(2026, 12, 7, 10, 0));
  state = apply(state, SetDailyReminder{daily(18, 0)}, at(2026, 12, 7, 10, 0));
  state = apply(state, PauseRemindersForToday{}, at(2026, 12, 7, 10, 10));
  const std::vector<Shown> seen = run(state, at(2026, 12, 7, 10, 10), kDay);
  REQUIRE_FALSE(seen.empty());
  CHECK(seen[0].clock == at(2026, 12, 8, 9, 30));
  CHECK_FALSE(state.runtime.paused_day);
  // With nothing turned on there is nothing to pause.
  CHECK_FALSE(update_reminders({}, PauseRemindersForToday{}, at(2026, 12, 7, 10, 0)).ok());
}

TEST_CASE("no reminder while a session runs, one once it is over") {
  RemindersState state = apply({}, SetDeskBreaks{desk(20, 9, 17)}, at(2026, 12, 7, 10, 0));
  state = apply(state, SetDailyReminder{daily(10, 30)}, at(2026, 12, 7, 10, 0));
  // A session from 10:15 to 11:20 covers both the desk break (10:20, 10:40, 11:00) and the daily reminder (10:30).
  CHECK(run(state, at(2026, 12, 7, 10, 15), 65 * kMinute, /*session=*/true).empty());
  CHECK(*state.next_due_utc_ms > at(2026, 12, 7, 11, 20).utc_ms);
  const std::vector<Shown> after = run(state, at(2026, 12, 7, 11, 21), 14 * kMinute);
  REQUIRE(after.size() == 1);
  CHECK(after[0].clock == at(2026, 12, 7, 11, 21));
  CHECK(after[0].reminder.kind == ReminderKind::Daily);
  // The desk break waits a full interval after it.
  const std::vector<Shown> next = run(state, at(2026, 12, 7, 11, 36), 10 * kMinute);
  REQUIRE(next.size() == 1);
  CHECK(next[0].clock == at(2026, 12, 7, 11, 41));
}

TEST_CASE("only the leader tab shows a reminder, another follows the schedule silently") {
  RemindersState state = apply({}, SetDeskBreaks{desk(30, 9, 17)}, at(2026, 12, 7, 10, 0));
  RemindersState follower = state;
  const std::vector<Shown> silent = run(follower, at(2026, 12, 7, 10, 0), 2 * kHour, false, /*leader=*/false);
  CHECK(silent.empty());
  CHECK(follower.counts.shown_today == 0);
  CHECK_FALSE(follower.runtime.active);
  // It kept in step: becoming the leader at 12:05 it does not repeat the 12:00 reminder.
  const std::vector<Shown> as_leader = run(follower, at(2026, 12, 7, 12, 5), 30 * kMinute);
  REQUIRE(as_leader.size() == 1);
  CHECK(as_leader[0].clock == at(2026, 12, 7, 12, 30));
}

TEST_CASE("daily reminder: at its local time once a day, late after a sleep, not at once when set late") {
  // Set at 19:00 for 18:00: not today.
  RemindersState state = apply({}, SetDailyReminder{daily(18, 0, "custom-2")}, at(2026, 12, 7, 19, 0, -300));
  CHECK(state.next_due_utc_ms == at(2026, 12, 8, 18, 0, -300).utc_ms);
  std::vector<Shown> seen = run(state, at(2026, 12, 7, 19, 0, -300), 2 * kDay);
  REQUIRE(seen.size() == 2);  // Tuesday and Wednesday (every day, weekdays are for desk breaks)
  CHECK(seen[0].clock == at(2026, 12, 8, 18, 0, -300));
  CHECK(seen[1].clock == at(2026, 12, 9, 18, 0, -300));
  CHECK(seen[0].reminder.kind == ReminderKind::Daily);
  CHECK(seen[0].reminder.routine_id == "custom-2");
  // Asleep through 18:00: one reminder on waking at 21:00, and not again that day.
  RemindersState sleeper = apply({}, SetDailyReminder{daily(18, 0)}, at(2026, 12, 7, 12, 0));
  const ReminderTick wake = tick_reminders(sleeper, at(2026, 12, 7, 21, 0), false, true);
  REQUIRE(shown(wake));
  sleeper = wake.state;
  CHECK(run(sleeper, at(2026, 12, 7, 21, 1), 170 * kMinute).empty());
}

TEST_CASE("reminder settings out of range are refused and change nothing") {
  const WallClock now = at(2026, 12, 7, 10, 0);
  for (const DeskBreakSettings& bad : {desk(19, 9, 17), desk(121, 9, 17), desk(30, 17, 9), desk(30, 9, 25),
                                       desk(30, -1, 9), desk(30, 9, 17, 0), desk(30, 9, 17, 0x80)}) {
    const RemindersResult result = update_reminders({}, SetDeskBreaks{bad}, now);
    CHECK_FALSE(result.ok());
    CHECK(result.state == RemindersState{});
    CHECK(result.effects.empty());
  }
  CHECK(update_reminders({}, SetDeskBreaks{desk(19, 9, 17)}, now).error ==
        "desk breaks: every 19 minutes; choose 20 to 120");
  CHECK_FALSE(update_reminders({}, SetDailyReminder{{true, 24 * 60, "short"}}, now).ok());
  CHECK_FALSE(update_reminders({}, SetDailyReminder{{true, 60, ""}}, now).ok());
  // Applied settings ask to be stored.
  const RemindersResult applied = update_reminders({}, SetDeskBreaks{desk(20, 9, 17)}, now);
  REQUIRE(applied.effects.size() == 1);
  CHECK(std::holds_alternative<SaveReminders>(applied.effects[0]));
}

TEST_CASE("a break completed counts and restarts the desk reminder interval") {
  RemindersState state = apply({}, SetDeskBreaks{desk(30, 9, 17)}, at(2026, 12, 7, 10, 0));
  state = tick_reminders(state, at(2026, 12, 7, 10, 30), false, true).state;
  state = apply(state, BreakStarted{}, at(2026, 12, 7, 10, 31));
  CHECK_FALSE(state.runtime.active);
  state = apply(state, BreakCompleted{}, at(2026, 12, 7, 10, 33));
  CHECK(state.counts.breaks_today == 1);
  CHECK(state.counts.shown_today == 1);
  CHECK(state.next_due_utc_ms == at(2026, 12, 7, 11, 3).utc_ms);
  // A reminder shown by another path is counted the same way.
  state = apply(state, ReminderShown{ReminderKind::DeskBreak}, at(2026, 12, 7, 10, 40));
  CHECK(state.counts.shown_today == 2);
  CHECK(state.runtime.active);
}

TEST_CASE("reminders are offered once, after the first completed session") {
  RemindersState state;
  CHECK_FALSE(should_offer_reminders(state, 0));  // never on a first visit
  CHECK(should_offer_reminders(state, 1));
  const RemindersState answered = apply(state, ReminderOfferAnswered{}, at(2026, 12, 7, 10, 0));
  CHECK_FALSE(should_offer_reminders(answered, 5));
  // Turned on from the Reminders screen before the offer: no offer either.
  const RemindersState on = apply(state, SetDailyReminder{daily(18, 0)}, at(2026, 12, 7, 10, 0));
  CHECK_FALSE(should_offer_reminders(on, 1));
}
