// The reminder in the app: a banner over every screen but a running session while a reminder waits for an answer
// (the system notification, when allowed, says the same), and the one offer to turn reminders on, made on the
// summary of the first completed session.
#include "core/reminders/schedule.h"
#include "ui/accessibility.h"
#include "ui/theme.h"
#include "ui/ui.h"
#include "ui/widgets.h"

namespace ubr {
namespace {
void answer_button(const char* label, Action action, const Dispatch& dispatch) {
  if (ImGui::Button(label, {0, kMinTouchTarget})) dispatch(action);
  a11y::button(label, std::move(action));
}
}  // namespace

void draw_reminder_banner(const AppState& state, const Dispatch& dispatch, const UiState& ui) {
  const ReminderRuntime& runtime = state.reminders.runtime;
  if (!runtime.active || session_running(state.session)) return;
  const Palette& p = palette();
  const ShowReminder reminder = reminder_for(state.reminders, runtime.active->kind);
  // The banner's height follows its wrapped text and buttons: its content is drawn first (channel 1) and the
  // background behind it afterwards (channel 0), once the group's size is known.
  constexpr float kPadding = 12.0f;
  ImDrawList& draw_list = *ImGui::GetWindowDrawList();
  draw_list.ChannelsSplit(2);
  draw_list.ChannelsSetCurrent(1);
  const ImVec2 top_left = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::Indent(kPadding);
  ImGui::Dummy({0, kPadding - ImGui::GetStyle().ItemSpacing.y});
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2 * kPadding);
  ImGui::PushFont(ui.fonts.heading);
  ImGui::TextWrapped("%s", reminder.title.c_str());
  ImGui::PopFont();
  a11y::text(reminder.title);
  ImGui::PushFont(ui.fonts.body);
  ImGui::TextWrapped("%s", reminder.body.c_str());
  a11y::text(reminder.body);
  // The answers stand out from the banner's own tint.
  ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(p.surface));
  answer_button("Start", StartSession{reminder.routine_id}, dispatch);
  same_line_if_fits("Snooze 10 min");
  answer_button("Snooze 10 min", ReminderAction{SnoozeReminder{}}, dispatch);
  same_line_if_fits("Skip");
  answer_button("Skip", ReminderAction{SkipReminder{}}, dispatch);
  same_line_if_fits("Pause for today");
  answer_button("Pause for today", ReminderAction{PauseRemindersForToday{}}, dispatch);
  ImGui::PopStyleColor();
  ImGui::PopFont();
  ImGui::PopTextWrapPos();
  ImGui::Dummy({0, kPadding - ImGui::GetStyle().ItemSpacing.y});
  ImGui::Unindent(kPadding);
  const ImVec2 bottom_right{top_left.x + width, ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y};
  draw_list.ChannelsSetCurrent(0);
  draw_list.AddRectFilled(top_left, bottom_right, p.accent_soft, 8.0f);
  draw_list.AddRect(top_left, bottom_right, p.accent, 8.0f, 0, 1.5f);
  draw_list.ChannelsMerge();
  ImGui::Dummy({0, 6});
}

void draw_reminder_offer(const AppState& state, const Dispatch& dispatch, const UiState& ui) {
  if (!state.session.completed || !should_offer_reminders(state.reminders, 1)) return;
  ImGui::PushFont(ui.fonts.heading);
  ImGui::TextWrapped("Make it a habit");
  ImGui::PopFont();
  a11y::text("Make it a habit");
  const char* text =
      "Upper backs do best with little and often. Would you like a reminder for short desk breaks, or one a day "
      "for a routine?";
  ImGui::TextWrapped("%s", text);
  a11y::text(text);
  answer_button("Set up reminders", OpenReminders{}, dispatch);
  same_line_if_fits("Not now");
  answer_button("Not now", ReminderAction{ReminderOfferAnswered{}}, dispatch);
}

}  // namespace ubr
