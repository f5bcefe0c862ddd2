#include "core/base/dates.h"
#include "core/progress/json.h"
#include "ui/accessibility.h"
#include "ui/progress_ui.h"
#include "ui/theme.h"
#include "ui/ui.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

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

// A plain grid of text rather than ImGui's tables: this was the app's one table, and it pulled ImGui's whole table
// machinery into the download (sizing, stored settings, the header's context menu: about 8 KB gzip of wasm) for four
// columns of text. Each row is also published as one line for screen readers.
void draw_totals(const ProgressState& progress, const Catalogue& catalogue) {
  const Palette& p = palette();
  const auto& totals = progress.stats->exercise_totals;
  if (totals.empty()) {
    progress_text(p.text_muted, "Totals appear after your first session.");
    return;
  }
  constexpr std::size_t kNumbers = 3;
  const std::array<const char*, kNumbers> headers = {"Sessions", "Reps / holds", "Minutes"};
  std::vector<std::array<std::string, kNumbers>> rows;
  std::array<float, kNumbers> widths{};
  for (std::size_t i = 0; i < kNumbers; ++i) widths[i] = ImGui::CalcTextSize(headers[i]).x;
  for (const ExerciseTotal& total : totals) {
    rows.push_back({std::to_string(total.sessions), std::to_string(total.reps_done),
                    std::to_string(std::lround(total.active_seconds / 60.0))});
    for (std::size_t i = 0; i < kNumbers; ++i)
      widths[i] = std::max(widths[i], ImGui::CalcTextSize(rows.back()[i].c_str()).x);
  }
  const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
  const float left = ImGui::GetCursorPosX();
  // Kept inside the screen's column and clear of the panel's rounded right edge.
  const float full = std::min(ImGui::GetContentRegionAvail().x, kMaxContentWidth) - ImGui::GetStyle().WindowPadding.x;
  // Numbers are right-aligned in columns at the right; the exercise's name takes the rest and wraps.
  std::array<float, kNumbers> right_edges{};
  float edge = left + full;
  for (std::size_t i = kNumbers; i-- > 0;) {
    right_edges[i] = edge;
    edge -= widths[i] + gap;
  }
  const float name_width = std::max(80.0f, edge - left);
  ImDrawList& draw = *ImGui::GetWindowDrawList();
  const auto row = [&](const char* name, const std::array<std::string, kNumbers>& cells, ImU32 colour) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
    ImGui::PushTextWrapPos(left + name_width);
    ImGui::TextWrapped("%s", name);
    ImGui::PopTextWrapPos();
    ImGui::PushTextWrapPos(-1.0f);  // numbers and headers stay on one line each
    for (std::size_t i = 0; i < kNumbers; ++i) {
      ImGui::SameLine(right_edges[i] - ImGui::CalcTextSize(cells[i].c_str()).x);
      ImGui::TextUnformatted(cells[i].c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    const ImVec2 line = ImGui::GetCursorScreenPos();
    draw.AddLine({line.x, line.y - ImGui::GetStyle().ItemSpacing.y * 0.5f},
                 {line.x + full, line.y - ImGui::GetStyle().ItemSpacing.y * 0.5f}, p.border);
  };
  row("Exercise", {headers[0], headers[1], headers[2]}, p.text_muted);
  for (std::size_t r = 0; r < totals.size(); ++r) {
    const std::string name = exercise_label(catalogue, totals[r].exercise_id);
    row(name.c_str(), rows[r], p.text);
    a11y::text(name + ": " + rows[r][0] + " sessions, " + rows[r][1] + " reps or holds, " + rows[r][2] + " minutes");
  }
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
  heading(ui, "Desk breaks and reminders");
  draw_progress_breaks(state.reminders, ui);
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
