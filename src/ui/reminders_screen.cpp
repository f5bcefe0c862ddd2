// The Reminders screen: desk breaks and the daily reminder, how they will reach the user (and when they cannot),
// and the micro-break to try at once. Every control sends the one action that changes its setting.
#include "core/base/dates.h"
#include "core/reminders/json.h"
#include "core/reminders/micro_break.h"
#include "ui/accessibility.h"
#include "ui/choice_button.h"
#include "ui/theme.h"
#include "ui/ui.h"
#include "ui/widgets.h"

#include <algorithm>
#include <array>
#include <string>

namespace ubr {
namespace {
constexpr float kMaxTextWidth = 720.0f;
constexpr int kDeskIntervalStep = 5;  // minutes
constexpr int kDailyTimeStep = 15;    // minutes
constexpr std::array<const char*, 7> kWeekdayNames = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<const char*, 7> kWeekdaySpoken = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                       "Friday", "Saturday", "Sunday"};

void words(ImU32 colour, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
  a11y::text(text);
}

void heading(const UiState& ui, const char* text) {
  ImGui::Dummy({0, 10});
  ImGui::PushFont(ui.fonts.heading);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
  a11y::text(text);
}

std::string hour_text(int hour) {
  return (hour < 10 ? "0" : "") + std::to_string(hour) + ":00";
}

// When the next reminder may come, in the user's local time: "today at 14:30", "tomorrow at 09:45" or a date.
std::string next_due_text(const RemindersState& reminders) {
  if (!reminders.next_due_utc_ms) return "No reminder is due: both are off.";
  const std::int64_t due = *reminders.next_due_utc_ms;
  const std::int64_t day = local_day(due, reminders.utc_offset_minutes);
  const std::int64_t local_minute = (due / 60000 + reminders.utc_offset_minutes) - day * kMinutesPerDay;
  const std::string at = format_minute_of_day(static_cast<int>(local_minute));
  const std::int64_t today = reminders.counts.day;
  if (day == today) return "Next reminder: today at " + at + ".";
  if (day == today + 1) return "Next reminder: tomorrow at " + at + ".";
  return "Next reminder: " + std::string(kWeekdaySpoken[static_cast<std::size_t>(weekday(day))]) + " " +
         format_local_date(day) + " at " + at + ".";
}

// How reminders reach the user with this browser's permission, said plainly, and the button that asks for it.
void draw_delivery(const std::string& permission, const Dispatch& dispatch) {
  const Palette& p = palette();
  words(p.text,
        "Reminders come while Upper Back Relief is open: in a browser tab, even one in the background, or as an "
        "installed app's window. When the app is closed, no reminder can come.");
  if (permission == "granted") {
    words(p.text_muted, "They arrive as notifications from your system, with Start and Snooze.");
  } else if (permission == "default") {
    words(p.text_muted,
          "Until you allow notifications, a reminder shows as a banner at the top of the app with a soft chime, "
          "which you see only when the app is in front.");
    const Action allow = ReminderAction{AllowNotifications{}};
    if (ImGui::Button("Allow notifications")) dispatch(allow);
    a11y::button("Allow notifications", allow);
  } else if (permission == "denied") {
    words(p.caution,
          "Notifications are blocked for this site, so a reminder shows as a banner at the top of the app with a "
          "soft chime. To get notifications, allow them in your browser's site settings.");
  } else {
    words(p.caution,
          "This browser cannot show notifications from the app, so a reminder shows as a banner at the top of the "
          "app with a soft chime.");
  }
}

void draw_desk_breaks(const DeskBreakSettings& desk, const Dispatch& dispatch) {
  const Palette& p = palette();
  // The mirror keeps the sliders' actions after this frame, so everything they use is copied in.
  const auto with = [desk](auto change) {
    DeskBreakSettings next = desk;
    change(next);
    return Action{ReminderAction{SetDeskBreaks{next}}};
  };
  const char* label = "Remind me to take desk breaks";
  bool on = desk.enabled;
  const Action toggle = with([](DeskBreakSettings& next) { next.enabled = !next.enabled; });
  if (ImGui::Checkbox(label, &on)) dispatch(toggle);
  a11y::checkbox(label, desk.enabled, toggle);
  words(p.text_muted,
        "Each break is a micro-break of one to two minutes at your desk: two of the shoulder blade squeeze, shoulder "
        "roll, elbow squeeze and upper back stretch, taking turns through the day. No floor or wall needed.");

  ImGui::BeginDisabled(!desk.enabled);
  const float slider_width = std::min(ImGui::GetContentRegionAvail().x, 420.0f);
  ImGui::PushItemWidth(slider_width);
  const auto every = [with](double minutes) {
    return with([minutes](DeskBreakSettings& next) { next.interval_minutes = static_cast<int>(minutes); });
  };
  int interval = desk.interval_minutes;
  ImGui::TextUnformatted("Every");
  if (ImGui::SliderInt("##every", &interval, kMinDeskIntervalMinutes, kMaxDeskIntervalMinutes, "%d minutes")) {
    interval = (interval / kDeskIntervalStep) * kDeskIntervalStep;
    if (interval != desk.interval_minutes) dispatch(every(interval));
  }
  a11y::slider("Desk break every", desk.interval_minutes, kMinDeskIntervalMinutes, kMaxDeskIntervalMinutes,
               kDeskIntervalStep, std::to_string(desk.interval_minutes) + " minutes", every, desk.enabled);

  // The hours keep running forward: moving one past the other takes the other along.
  const auto from = [with](double hour) {
    return with([hour](DeskBreakSettings& next) {
      next.start_hour = static_cast<int>(hour);
      next.end_hour = std::max(next.end_hour, next.start_hour + 1);
    });
  };
  const auto until = [with](double hour) {
    return with([hour](DeskBreakSettings& next) {
      next.end_hour = static_cast<int>(hour);
      next.start_hour = std::min(next.start_hour, next.end_hour - 1);
    });
  };
  int start = desk.start_hour;
  int end = desk.end_hour;
  ImGui::TextUnformatted("From");
  if (ImGui::SliderInt("##from", &start, 0, kHoursPerDay - 1, hour_text(start).c_str()) && start != desk.start_hour) {
    dispatch(from(start));
  }
  a11y::slider("Desk breaks from", desk.start_hour, 0, kHoursPerDay - 1, 1, hour_text(desk.start_hour), from,
               desk.enabled);
  ImGui::TextUnformatted("Until");
  if (ImGui::SliderInt("##until", &end, 1, kHoursPerDay, hour_text(end).c_str()) && end != desk.end_hour) {
    dispatch(until(end));
  }
  a11y::slider("Desk breaks until", desk.end_hour, 1, kHoursPerDay, 1, hour_text(desk.end_hour), until, desk.enabled);
  ImGui::PopItemWidth();

  ImGui::TextUnformatted("On");
  for (std::size_t day = 0; day < kWeekdayNames.size(); ++day) {
    const auto bit = static_cast<std::uint8_t>(1U << day);
    const bool chosen = (desk.weekdays & bit) != 0;
    // The last chosen day stays: desk breaks on no day at all would be "off", which the checkbox says.
    const bool can_change = !chosen || (desk.weekdays & ~bit) != 0;
    const Action flip = with([bit](DeskBreakSettings& next) { next.weekdays ^= bit; });
    if (day > 0) same_line_if_fits(kWeekdayNames[day]);
    choice_button(kWeekdayNames[day], kWeekdaySpoken[day], chosen, flip, dispatch, desk.enabled && can_change,
                  kMinTouchTarget);
  }
  ImGui::EndDisabled();
}

void draw_daily(const DailyReminderSettings& daily, const AppState& state, const Catalogue& catalogue,
                const Dispatch& dispatch) {
  const auto with = [daily](auto change) {
    DailyReminderSettings next = daily;
    change(next);
    return Action{ReminderAction{SetDailyReminder{next}}};
  };
  const char* label = "Remind me once a day";
  bool on = daily.enabled;
  const Action toggle = with([](DailyReminderSettings& next) { next.enabled = !next.enabled; });
  if (ImGui::Checkbox(label, &on)) dispatch(toggle);
  a11y::checkbox(label, daily.enabled, toggle);

  ImGui::BeginDisabled(!daily.enabled);
  const auto at = [with](double minute) {
    return with([minute](DailyReminderSettings& next) { next.minute_of_day = static_cast<int>(minute); });
  };
  // In steps of a quarter of an hour: a slider over 1,440 minutes would be too fine to set with a finger.
  int step = daily.minute_of_day / kDailyTimeStep;
  ImGui::TextUnformatted("At");
  ImGui::PushItemWidth(std::min(ImGui::GetContentRegionAvail().x, 420.0f));
  const std::string time = format_minute_of_day(daily.minute_of_day);
  if (ImGui::SliderInt("##at", &step, 0, kMinutesPerDay / kDailyTimeStep - 1,
                       format_minute_of_day(step * kDailyTimeStep).c_str()) &&
      step * kDailyTimeStep != daily.minute_of_day) {
    dispatch(at(step * kDailyTimeStep));
  }
  ImGui::PopItemWidth();
  a11y::slider("Daily reminder at", daily.minute_of_day, 0, kMinutesPerDay - kDailyTimeStep, kDailyTimeStep, time, at,
               daily.enabled);

  ImGui::TextUnformatted("Routine");
  bool first = true;
  for (const Routine& routine : all_routines(state.routines, catalogue)) {
    const bool chosen = routine.id == daily.routine_id;
    const Action choose = with([&routine](DailyReminderSettings& next) { next.routine_id = routine.id; });
    if (!first) same_line_if_fits(routine.name.c_str());
    first = false;
    ImGui::PushID(routine.id.c_str());
    choice_button(routine.name.c_str(), routine.name, chosen, choose, dispatch, daily.enabled, kMinTouchTarget);
    ImGui::PopID();
  }
  ImGui::EndDisabled();
}
}  // namespace

void draw_reminders_screen(const AppState& state, const Catalogue& catalogue, const Dispatch& dispatch,
                           const UiState& ui) {
  const Palette& p = palette();
  const RemindersState& reminders = state.reminders;
  const float available = ImGui::GetContentRegionAvail().x;
  const float width = std::min(available, kMaxTextWidth);
  const float indent = (available - width) * 0.5f;
  if (indent > 0) ImGui::Indent(indent);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ImGui::PushFont(ui.fonts.body);
  if (ImGui::Button("\xE2\x86\x90 Home")) dispatch(GoHome{});
  a11y::button("Home", GoHome{});
  ImGui::PushFont(ui.fonts.title);
  ImGui::TextWrapped("Reminders");
  ImGui::PopFont();
  words(p.text,
        "Short breaks through the working day do more for an upper back than one long session now and then. Both "
        "reminders are off until you turn them on.");
  if (!reminders.load_error.empty()) {
    words(p.caution, "Your saved reminder settings could not be read (" + reminders.load_error +
                         "), so both reminders are off for now. A copy of the saved text is kept in this browser.");
  }
  if (!ui.platform.reminders_save_problem.empty()) words(p.caution, ui.platform.reminders_save_problem);
  draw_delivery(ui.platform.notification_permission, dispatch);

  heading(ui, "Desk breaks");
  draw_desk_breaks(reminders.settings.desk, dispatch);
  heading(ui, "Daily reminder");
  draw_daily(reminders.settings.daily, state, catalogue, dispatch);

  ImGui::Dummy({0, 10});
  const bool paused = reminders.runtime.paused_day && *reminders.runtime.paused_day == reminders.counts.day;
  words(p.text, paused ? "Reminders are paused for the rest of today." : next_due_text(reminders));
  const bool any_on = reminders.settings.desk.enabled || reminders.settings.daily.enabled;
  if (any_on && !paused) {
    const Action pause = ReminderAction{PauseRemindersForToday{}};
    if (ImGui::Button("Pause for today")) dispatch(pause);
    a11y::button("Pause for today", pause);
    same_line_if_fits("Take a micro-break now");
  }
  const Action start = StartSession{std::string(kMicroBreakRoutineId)};
  if (ImGui::Button("Take a micro-break now")) dispatch(start);
  a11y::button("Take a micro-break now", start);
  ImGui::Dummy({0, 16});
  ImGui::PopFont();
  ImGui::PopTextWrapPos();
  if (indent > 0) ImGui::Unindent(indent);
}

}  // namespace ubr
