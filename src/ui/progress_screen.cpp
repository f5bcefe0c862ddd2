#include "core/base/dates.h"
#include "core/progress/json.h"
#include "ui/accessibility.h"
#include "ui/progress_ui.h"
#include "ui/theme.h"
#include "ui/ui.h"

#include <algorithm>
#include <cstdio>

namespace ubr {
namespace {
constexpr float kMaxContentWidth = 980.0f;

void heading(const UiState& ui, const char* text) {
  ImGui::Dummy({0, 10});
  ImGui::PushFont(ui.fonts.heading);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

// "2 of 3 this week", the two streaks and the weekly goal with buttons to change it.
void draw_summary(const ProgressState& progress, const Dispatch& dispatch, const UiState& ui) {
  const ProgressStats& stats = *progress.stats;
  const Palette& p = palette();
  // "5 of 3 sessions" reads wrong once the goal is passed; then the count and the goal are said apart.
  const int done = stats.sessions_this_week;
  const std::string this_week =
      done <= stats.weekly_goal
          ? std::to_string(done) + " of " + std::to_string(stats.weekly_goal) + " sessions this week"
          : std::to_string(done) + " sessions this week, goal of " + std::to_string(stats.weekly_goal) + " met";
  ImGui::PushFont(ui.fonts.heading);
  ImGui::TextUnformatted(this_week.c_str());
  ImGui::PopFont();
  a11y::text(this_week);
  const std::string streaks = "Weeks in a row meeting your goal: " + std::to_string(stats.week_streak) +
                              "    Days in a row: " + std::to_string(stats.day_streak) +
                              "    All sessions: " + std::to_string(stats.total_sessions);
  progress_text(p.text_muted, streaks);
  a11y::text(streaks);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Weekly goal:");
  ImGui::SameLine();
  const int goal = progress.doc->goal.sessions_per_week;
  ImGui::BeginDisabled(goal <= kMinWeeklyGoal);
  progress_button("\xE2\x88\x92##goal", ProgressAction{SetWeeklyGoal{goal - 1}}, dispatch);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::Text("%d a week", goal);
  ImGui::SameLine();
  ImGui::BeginDisabled(goal >= kMaxWeeklyGoal);
  progress_button("+##goal", ProgressAction{SetWeeklyGoal{goal + 1}}, dispatch);
  ImGui::EndDisabled();
  progress_text(p.text_muted, "Rest days never break the weekly streak; only a week short of the goal does.");
}

void draw_totals(const ProgressState& progress, const Catalogue& catalogue) {
  const auto& totals = progress.stats->exercise_totals;
  if (totals.empty()) {
    progress_text(palette().text_muted, "Totals appear after your first session.");
    return;
  }
  constexpr ImGuiTableFlags kFlags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("totals", 4, kFlags)) return;
  ImGui::TableSetupColumn("Exercise", ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn("Sessions");
  ImGui::TableSetupColumn("Reps / holds");
  ImGui::TableSetupColumn("Minutes");
  ImGui::TableHeadersRow();
  for (const ExerciseTotal& total : totals) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(exercise_label(catalogue, total.exercise_id).c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%d", total.sessions);
    ImGui::TableNextColumn();
    ImGui::Text("%d", total.reps_done);
    ImGui::TableNextColumn();
    ImGui::Text("%.0f", total.active_seconds / 60.0);
  }
  ImGui::EndTable();
}
}  // namespace

bool progress_button(const char* label, Action action, const Dispatch& dispatch) {
  const bool pressed = ImGui::Button(label);
  std::string spoken = label;
  spoken = spoken.substr(0, spoken.find("##"));
  if (spoken == "\xE2\x88\x92") spoken = "Fewer";
  if (spoken == "+") spoken = "More";
  a11y::button(spoken, action);
  if (pressed) dispatch(std::move(action));
  return pressed;
}

void progress_text(ImU32 colour, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

std::string exercise_label(const Catalogue& catalogue, const std::string& id) {
  const Exercise* exercise = catalogue.find(id);
  return exercise ? exercise->name : id;
}

void draw_progress_screen(const AppState& state, const Catalogue& catalogue, const Dispatch& dispatch, UiState& ui) {
  const ProgressState& progress = state.progress;
  const float available = ImGui::GetContentRegionAvail().x;
  const float indent = std::max(0.0f, (available - kMaxContentWidth) * 0.5f);
  ImGui::BeginChild("progress-scroll", {0, 0}, false);
  if (indent > 0) ImGui::Indent(indent);
  // Measured inside the child, so text wraps before its scrollbar rather than under it.
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::min(ImGui::GetContentRegionAvail().x, kMaxContentWidth));
  ImGui::PushFont(ui.fonts.body);
  progress_button("\xE2\x86\x90 Home", GoHome{}, dispatch);
  ImGui::PushFont(ui.fonts.title);
  ImGui::TextUnformatted("Your progress");
  ImGui::PopFont();

  draw_storage_banner(progress, dispatch, ui.progress, ui);
  draw_eviction_note(progress, dispatch);
  if (!progress.stats->pain_rose_session_id.empty()) {
    ImGui::Dummy({0, 4});
    progress_text(palette().caution, kPainRoseAdvice);
    a11y::text(kPainRoseAdvice);
  }
  ImGui::Dummy({0, 6});
  draw_summary(progress, dispatch, ui);

  heading(ui, "Active days");
  draw_progress_calendar(progress, ui.progress, ui);
  heading(ui, "Pain before and after");
  draw_pain_chart(progress, ui);
  heading(ui, "Per exercise");
  draw_totals(progress, catalogue);
  heading(ui, "History");
  draw_progress_history(progress, catalogue, dispatch, ui.progress, ui);
  heading(ui, "Backup and storage");
  draw_progress_backup(progress, dispatch, ui.progress, ui);
  ImGui::Dummy({0, 16});
  ImGui::PopFont();
  ImGui::PopTextWrapPos();
  if (indent > 0) ImGui::Unindent(indent);
  ImGui::EndChild();
}

}  // namespace ubr
