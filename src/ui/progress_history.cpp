// The history list, newest first: one collapsible entry per session with its exercises, pain and note, and an
// editor for pain and note (the same annotateSession action the session summary uses).
#include "core/base/dates.h"
#include "ui/accessibility.h"
#include "ui/progress_ui.h"
#include "ui/theme.h"
#include "ui/ui.h"
#include "ui/widgets.h"

#include <cstdio>
#include <cstring>

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

void draw_editor(const SessionRecord& s, const Dispatch& dispatch, ProgressUi& ui) {
  ImGui::SetNextItemWidth(220);
  ImGui::SliderInt("Pain before", &ui.edit_pain_before, -1, 10, ui.edit_pain_before < 0 ? "not rated" : "%d");
  ImGui::SetNextItemWidth(220);
  ImGui::SliderInt("Pain after", &ui.edit_pain_after, -1, 10, ui.edit_pain_after < 0 ? "not rated" : "%d");
  ImGui::InputTextMultiline("Note", ui.edit_note, sizeof ui.edit_note, {0, 60});
  AnnotateSession annotate;
  annotate.id = s.id;
  if (ui.edit_pain_before >= 0) annotate.pain_before = ui.edit_pain_before;
  annotate.clear_pain_before = ui.edit_pain_before < 0;
  if (ui.edit_pain_after >= 0) annotate.pain_after = ui.edit_pain_after;
  annotate.clear_pain_after = ui.edit_pain_after < 0;
  annotate.note = std::string(ui.edit_note);
  if (progress_button("Save", ProgressAction{annotate}, dispatch)) ui.editing_id.clear();
  same_line_if_fits("Cancel");
  if (ImGui::Button("Cancel")) ui.editing_id.clear();
}

void draw_entry(const SessionRecord& s, const Catalogue& catalogue, const Dispatch& dispatch, ProgressUi& ui) {
  ImGui::PushID(s.id.c_str());
  const std::string title = title_of(s);
  const bool open = ImGui::CollapsingHeader(title.c_str());
  a11y::text(title);
  if (open) {
    ImGui::Indent(12);
    for (const ExerciseTally& t : s.exercises) {
      ImGui::BulletText("%s: %d of %d reps, %d of %d sets", exercise_label(catalogue, t.exercise_id).c_str(),
                        t.reps_done, t.reps_planned, t.sets_done, t.sets_planned);
    }
    if (s.exercises.empty()) ImGui::TextUnformatted("No exercises recorded.");
    ImGui::Text("Pain before: %s   after: %s", pain_text(s.pain_before).c_str(), pain_text(s.pain_after).c_str());
    if (!s.note.empty()) progress_text(palette().text_muted, "Note: " + s.note);
    if (ui.editing_id == s.id) {
      draw_editor(s, dispatch, ui);
    } else if (ImGui::Button("Edit pain and note")) {
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
    if (ImGui::Button(label)) ui.history_shown += 20;
  }
}

}  // namespace ubr
