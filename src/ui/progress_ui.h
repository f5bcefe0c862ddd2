#pragma once
// The progress screen's parts (history, calendar, pain chart, backups) and the widget state they keep between frames.
#include "core/app_state.h"
#include "core/exercises/catalogue.h"

#include <imgui.h>

#include <functional>
#include <string>
#include <vector>

namespace ubr {

struct UiState;
using Dispatch = std::function<void(Action)>;

// Transient widget state of the progress screen; never part of the app's model.
struct ProgressUi {
  int month_offset = 0;  // calendar: months before (negative) or after the current one
  std::size_t history_shown = 20;
  bool confirm_reset = false;
  bool confirm_replace = false;
  bool confirm_start_fresh = false;
  std::vector<std::string> open_entries;  // history entries shown open
  std::string editing_id;                 // the session whose pain and note are being edited
  int edit_pain_before = -1;              // -1: not rated
  int edit_pain_after = -1;
  char edit_note[512] = {};
};

void draw_progress_calendar(const ProgressState& progress, ProgressUi& ui, const UiState& fonts);
void draw_pain_chart(const ProgressState& progress, const UiState& ui);
// Reminders shown and breaks taken over the last seven days, and this week's and last week's totals.
void draw_progress_breaks(const RemindersState& reminders, const UiState& ui);
void draw_progress_history(const ProgressState& progress, const Catalogue& catalogue, const Dispatch& dispatch,
                           ProgressUi& ui, const UiState& fonts);
void draw_progress_backup(const ProgressState& progress, const Dispatch& dispatch, ProgressUi& ui,
                          const UiState& fonts);
// The warning when progress is not being saved (or stored data is unreadable), with what the user can do. Shown on
// the home and progress screens; draws nothing when all is well.
void draw_storage_banner(const ProgressState& progress, const Dispatch& dispatch, ProgressUi& ui, const UiState& fonts);
// Safari's WebKit outside the Home Screen deletes a site's storage after 7 days without a visit: the progress screen
// says so at its top, with the backup. Draws nothing elsewhere.
void draw_eviction_note(const ProgressState& progress, const Dispatch& dispatch);

// A button that also appears in the page's accessible DOM mirror.
bool progress_button(const char* label, Action action, const Dispatch& dispatch);
// Wrapped text in a colour.
void progress_text(ImU32 colour, const std::string& text);
// The exercise's name from the catalogue, or its id when this version does not know it.
std::string exercise_label(const Catalogue& catalogue, const std::string& id);

}  // namespace ubr
