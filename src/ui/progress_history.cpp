// The history list, newest first: one collapsible entry per session with its exercises, pain and note, and an
// editor for pain and note (the same annotateSession action the session summary uses).
#include "core/base/dates.h"
#include "ui/accessibility.h"
#include "ui/progress_ui.h"
#include "ui/theme.h"
#include "ui/ui.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>

namespace ubr {
namespace {
std::string pain_text(const std::optional<int>& pain) {
  return pain ? std::to_string(*pain) + "/10" : "not rated";
}

std::string title_of(const SessionRecord& s) {
  const auto minutes = (s.ended_utc_ms - s.started_utc_ms + 30000) / 60000;
  const std::int64_t local_ms = s.started_utc_ms + static_cast<std::int64_t>(s.utc_offset_minutes) * 60000;
  const std::int64_t minute_of_day = (local_ms / 60000) % 1440;
  char text[160];
  std::snprintf(text, sizeof text, "%s %02d:%02d  \xC2\xB7  %s  \xC2\xB7  %lld min  \xC2\xB7  %s", s.local_date.c_str(),
                static_cast<int>(minute_of_day / 60), static_cast<int>(minute_of_day % 60),
                s.routine_name.empty() ? "Session" : s.routine_name.c_str(), static_cast<long long>(minutes),
                s.completed ? "completed" : "ended early");
  return text;
}

void start_editing(ProgressUi& ui, const SessionRecord& s) {
  ui.editing_id = s.id;
  ui.edit_pain_before = s.pain_before.value_or(-1);
  ui.edit_pain_after = s.pain_after.value_or(-1);
  std::snprintf(ui.edit_note, sizeof ui.edit_note, "%s", s.note.c_str());
}

// A pain slider of the editor, -1 (not rated) to 10, labelled above so it fits a narrow screen at any text size.
void pain_slider(const char* label, int& pain) {
  ImGui::TextUnformatted(label);
  ImGui::SetNextItemWidth(std::min(280.0f, ImGui::GetContentRegionAvail().x));
  ImGui::SliderInt((std::string("##") + label).c_str(), &pain, -1, 10, pain < 0 ? "not rated" : "%d");
  const std::string words = pain < 0 ? "not rated" : std::to_string(pain) + " of 10";
  if (const std::optional<double> set = a11y::widget_slider(label, pain, -1, 10, 1, words)) {
    pain = static_cast<int>(*set);
  }
}

void draw_editor(const SessionRecord& s, const Dispatch& dispatch, ProgressUi& ui) {
  pain_slider("Pain before", ui.edit_pain_before);
  pain_slider("Pain after", ui.edit_pain_after);
  ImGui::TextUnformatted("Note");
  ImGui::InputTextMultiline("##Note", ui.edit_note, sizeof ui.edit_note, {-FLT_MIN, 60});
  if (const std::optional<std::string> typed = a11y::text_field("Note", ui.edit_note)) {
    std::snprintf(ui.edit_note, sizeof ui.edit_note, "%s", typed->c_str());
  }
  AnnotateSession annotate;
  annotate.id = s.id;
  if (ui.edit_pain_before >= 0) annotate.pain_before = ui.edit_pain_before;
  annotate.clear_pain_before = ui.edit_pain_before < 0;
  if (ui.edit_pain_after >= 0) annotate.pain_after = ui.edit_pain_after;
  annotate.clear_pain_after = ui.edit_pain_after < 0;
  annotate.note = std::string(ui.edit_note);
  if (a11y::pressed_button("Save", ImGui::Button("Save"))) {
    dispatch(ProgressAction{annotate});
    ui.editing_id.clear();
  }
  same_line_if_fits("Cancel");
  if (a11y::pressed_button("Cancel", ImGui::Button("Cancel"))) ui.editing_id.clear();
}

void draw_entry(const SessionRecord& s, const Catalogue& catalogue, const Dispatch& dispatch, ProgressUi& ui) {
  ImGui::PushID(s.id.c_str());
  const std::string title = title_of(s);
  // Open entries are kept here rather than in ImGui, so the mirror's twin opens and closes them as a click does.
  const auto found = std::find(ui.open_entries.begin(), ui.open_entries.end(), s.id);
  const bool was_open = found != ui.open_entries.end();
  ImGui::SetNextItemOpen(was_open, ImGuiCond_Always);
  const bool clicked = ImGui::CollapsingHeader(title.c_str()) != was_open;
  if (a11y::pressed_toggle(title, was_open, clicked)) {
    if (was_open) {
      ui.open_entries.erase(found);
    } else {
      ui.open_entries.push_back(s.id);
    }
  }
  if (was_open) {
    ImGui::Indent(12);
    for (const ExerciseTally& t : s.exercises) {
      const std::string line = exercise_label(catalogue, t.exercise_id) + ": " + std::to_string(t.reps_done) + " of " +
                               std::to_string(t.reps_planned) + " reps, " + std::to_string(t.sets_done) + " of " +
                               std::to_string(t.sets_planned) + " sets";
      ImGui::BulletText("%s", line.c_str());
      a11y::text(line);
    }
    if (s.exercises.empty()) ImGui::TextUnformatted("No exercises recorded.");
    const std::string pain = "Pain before: " + pain_text(s.pain_before) + "   after: " + pain_text(s.pain_after);
    ImGui::TextUnformatted(pain.c_str());
    a11y::text(pain);
    if (!s.note.empty()) {
      progress_text(palette().text_muted, "Note: " + s.note);
      a11y::text("Note: " + s.note);
    }
    if (ui.editing_id == s.id) {
      draw_editor(s, dispatch, ui);
    } else if (a11y::pressed_button("Edit pain and note", ImGui::Button("Edit pain and note"))) {
      start_editing(ui, s);
    }
    ImGui::Unindent(12);
  }
  ImGui::PopID();
}
}  // namespace

void draw_progress_history(const ProgressState& progress, const Catalogue& catalogue, const Dispatch& dispatch,
                           ProgressUi& ui, const UiState&) {
  const auto& sessions = progress.doc->sessions;
  if (sessions.empty()) {
    progress_text(palette().text_muted, "No sessions yet. Finished sessions appear here, newest first.");
    return;
  }
  std::size_t shown = 0;
  for (auto it = sessions.rbegin(); it != sessions.rend() && shown < ui.history_shown; ++it, ++shown) {
    draw_entry(*it, catalogue, dispatch, ui);
  }
  if (shown < sessions.size()) {
    char label[64];
    std::snprintf(label, sizeof label, "Show more (%zu older)", sessions.size() - shown);
    if (a11y::pressed_button(label, ImGui::Button(label))) ui.history_shown += 20;
  }
}

}  // namespace ubr
