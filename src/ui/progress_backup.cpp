// Backups (export JSON / CSV, import merged or replacing, reset) and where storage stands, including the warning
// banner when progress is not being saved and the choices for unreadable stored data.
#include "core/progress/json.h"
#include "ui/accessibility.h"
#include "ui/progress_ui.h"
#include "ui/theme.h"
#include "ui/ui.h"
#include "ui/widgets.h"

namespace ubr {
namespace {
const char* persisted_text(const std::string& persisted) {
  if (persisted == "granted")
    return "Persistent storage: granted. The browser will not clear your progress to free space.";
  if (persisted == "denied") {
    return "Persistent storage: not granted. The browser may clear your progress when space runs low, so export a "
           "backup now and then.";
  }
  if (persisted == "unsupported")
    return "Persistent storage: this browser cannot promise to keep your progress; export backups.";
  if (persisted == "evictable")
    return "Storage: kept while you open the app at least once a week, or for good once it is on your Home Screen.";
  if (persisted == "not-asked")
    return "Persistent storage: the browser is asked to keep your progress once you have some.";
  return "Persistent storage: asking the browser\xE2\x80\xA6";
}

// Caution text that a screen reader reads too.
void caution(const std::string& text) {
  progress_text(palette().caution, text);
  a11y::text(text);
}

// A button that runs `action` and then closes the confirmation it answers (widget state): one press, whether drawn
// or in the mirror, does both.
bool confirm_button(const char* label, Action action, const Dispatch& dispatch) {
  if (!a11y::pressed_button(label, ImGui::Button(label))) return false;
  dispatch(std::move(action));
  return true;
}

// A button that only changes the screen's widget state (asks or drops a confirmation).
bool widget_button(const char* label) {
  std::string spoken = label;
  return a11y::pressed_button(spoken.substr(0, spoken.find("##")), ImGui::Button(label));
}

void draw_pending_import(const ProgressState& progress, const Dispatch& dispatch, ProgressUi& ui) {
  const PendingImport& pending = *progress.pending_import;
  const std::string holds = pending.file_name + " holds " + std::to_string(pending.doc->sessions.size()) +
                            " sessions (" + std::to_string(pending.new_sessions) + " new to you).";
  progress_text(palette().text, holds);
  a11y::text(holds);
  if (ui.confirm_replace) {
    caution("Replace all " + std::to_string(progress.doc->sessions.size()) +
            " sessions you have now with the backup's? Export first if unsure.");
    if (confirm_button("Yes, replace my progress", ProgressAction{ConfirmImport{ImportMode::Replace}}, dispatch)) {
      ui.confirm_replace = false;
    }
    same_line_if_fits("No, keep it");
    if (widget_button("No, keep it")) ui.confirm_replace = false;
    return;
  }
  progress_button("Merge into my progress", ProgressAction{ConfirmImport{ImportMode::Merge}}, dispatch);
  same_line_if_fits("Replace my progress\xE2\x80\xA6");
  if (widget_button("Replace my progress\xE2\x80\xA6")) ui.confirm_replace = true;
  same_line_if_fits("Cancel import");
  progress_button("Cancel import", ProgressAction{CancelImport{}}, dispatch);
}
}  // namespace

void draw_storage_banner(const ProgressState& progress, const Dispatch& dispatch, ProgressUi& ui, const UiState&) {
  const std::string warning = storage_warning(progress.storage);
  if (warning.empty()) return;
  ImGui::Dummy({0, 4});
  progress_text(palette().caution, warning);
  a11y::text(warning);
  if (progress.storage.health != StorageHealth::Unreadable) {
    progress_button("Export a backup", ProgressAction{ExportBackup{ExportFormat::Json}}, dispatch);
    return;
  }
  if (!progress.storage.detail.empty()) progress_text(palette().text_muted, "Reason: " + progress.storage.detail);
  progress_button("Download the unreadable data", ProgressAction{DownloadUnreadable{}}, dispatch);
  if (!ui.confirm_start_fresh) {
    same_line_if_fits("Start fresh\xE2\x80\xA6");
    if (widget_button("Start fresh\xE2\x80\xA6")) ui.confirm_start_fresh = true;
    return;
  }
  caution(progress.storage.unreadable_key.empty()
              ? "The unreadable data could not be copied aside, so it stays where it was and nothing is saved over "
                "it: download it to keep a copy. Start fresh?"
              : "Start fresh? The unreadable data stays under \"" + progress.storage.unreadable_key +
                    "\" and can still be downloaded.");
  if (confirm_button("Yes, start fresh", ProgressAction{StartFreshOverUnreadable{}}, dispatch)) {
    ui.confirm_start_fresh = false;
  }
  same_line_if_fits("Not now");
  if (widget_button("Not now")) ui.confirm_start_fresh = false;
}

void draw_eviction_note(const ProgressState& progress, const Dispatch& dispatch) {
  // An unhealthy store has its own banner, which offers the backup already.
  if (progress.storage.persisted != "evictable" || !storage_warning(progress.storage).empty()) return;
  constexpr const char* kNote =
      "This browser deletes what a site keeps once you have not opened it for 7 days. To keep your progress, add "
      "the app to your Home Screen (Share, then Add to Home Screen), and export a backup now and then.";
  ImGui::Dummy({0, 4});
  progress_text(palette().caution, kNote);
  a11y::text(kNote);
  progress_button("Export a backup", ProgressAction{ExportBackup{ExportFormat::Json}}, dispatch);
}

void draw_progress_backup(const ProgressState& progress, const Dispatch& dispatch, ProgressUi& ui, const UiState&) {
  const Palette& p = palette();
  progress_text(p.text_muted, persisted_text(progress.storage.persisted));
  a11y::text(persisted_text(progress.storage.persisted));
  progress_button("Export backup (JSON)", ProgressAction{ExportBackup{ExportFormat::Json}}, dispatch);
  same_line_if_fits("Export sessions (CSV)");
  progress_button("Export sessions (CSV)", ProgressAction{ExportBackup{ExportFormat::Csv}}, dispatch);
  same_line_if_fits("Import a backup\xE2\x80\xA6");
  progress_button("Import a backup\xE2\x80\xA6", ProgressAction{ChooseImportFile{}}, dispatch);
  if (progress.pending_import) draw_pending_import(progress, dispatch, ui);
  if (progress.import_message) {
    progress_text(progress.import_message->ok ? p.accent : p.caution, progress.import_message->text);
    a11y::text(progress.import_message->text);
  }
  ImGui::Dummy({0, 6});
  if (!ui.confirm_reset) {
    if (widget_button("Reset all progress\xE2\x80\xA6")) ui.confirm_reset = true;
    return;
  }
  caution("Delete all " + std::to_string(progress.doc->sessions.size()) +
          " sessions and your weekly goal? This cannot be undone; export a backup first.");
  if (confirm_button("Yes, delete everything", ProgressAction{ResetProgress{}}, dispatch)) ui.confirm_reset = false;
  same_line_if_fits("No, keep it##reset");
  if (widget_button("No, keep it##reset")) ui.confirm_reset = false;
}

}  // namespace ubr
