#include "platform/session_store.h"

#include "core/session/routine_merge.h"
#include "platform/files.h"
#include "platform/stored_document.h"

namespace ubr::session_store {
namespace {
struct Store {
  StoredDocument settings{kSettingsKey};
  StoredDocument routines{kRoutinesKey};
  std::string problem;
  // The routines as this tab last read or wrote them in storage, and their text: the common base for merging with
  // another tab's changes.
  RoutineList routines_base;
  std::optional<std::string> routines_base_text;
};
Store& store() {
  static Store instance;
  return instance;
}
}  // namespace

void restore(AppHost& host) {
  Store& s = store();
  const local_storage::ReadResult settings = s.settings.read();
  const local_storage::ReadResult routines = s.routines.read();
  host.apply(RestoreSessionData{settings.value, routines.value});
  // The core decides what is unreadable; the originals are copied aside at once, and stay in place until the user
  // changes something (only then is anything written).
  const AppState& state = host.state();
  if (settings.value && !state.settings_load_error.empty()) s.settings.keep_unreadable(*settings.value);
  if (routines.value && !state.routines.load_error.empty()) s.routines.keep_unreadable(*routines.value);
  if (state.routines.load_error.empty()) s.routines_base = {state.routines.custom, state.routines.deleted};
  s.routines_base_text = routines.value;
  files::watch_storage(kRoutinesKey, routines_changed);
  if (!settings.error.empty() || !routines.error.empty()) {
    s.problem = "Storage is not available, so routines and settings will not be kept: " +
                (settings.error.empty() ? routines.error : settings.error);
  }
}

void save_settings(const AppState& state) {
  const std::string error = store().settings.write(settings_to_json(state.session_settings));
  store().problem = error.empty() ? "" : "Settings could not be saved: " + error;
}

std::vector<Action> save_routines(const AppState& state, const Catalogue& catalogue) {
  Store& s = store();
  const RoutineList ours{state.routines.custom, state.routines.deleted};
  RoutineList merged = ours;
  const local_storage::ReadResult stored = s.routines.read();
  if (stored.error.empty() && stored.value && stored.value != s.routines_base_text) {
    // Storage changed since this tab last looked: another tab saved its routines.
    const RoutinesParse theirs = parse_routines(*stored.value, catalogue);
    if (theirs.error.empty()) {
      merged = merge_routines(s.routines_base, ours, {theirs.routines, theirs.deleted});
    } else if (*stored.value != state.routines.unreadable_text) {
      s.routines.keep_unreadable(*stored.value);  // unreadable text that appeared later is kept too
    }
  }
  const std::string text = routines_to_json(merged.routines, merged.deleted);
  const std::string error = s.routines.write(text);
  if (error.empty()) {
    s.routines_base = merged;
    s.routines_base_text = text;
  }
  s.problem = error.empty() ? "" : "Your routines could not be saved: " + error;
  if (merged == ours) return {};
  return {Action{AdoptRoutines{std::move(merged.routines), std::move(merged.deleted)}}};
}

void routines_changed(AppHost& host) {
  Store& s = store();
  const local_storage::ReadResult stored = s.routines.read();
  if (!stored.error.empty() || !stored.value || stored.value == s.routines_base_text) return;
  const RoutinesParse theirs = parse_routines(*stored.value, host.catalogue());
  if (!theirs.error.empty()) return;  // the next save keeps it aside and writes ours
  const RoutineList ours{host.state().routines.custom, host.state().routines.deleted};
  const RoutineList stored_list{theirs.routines, theirs.deleted};
  RoutineList merged = merge_routines(s.routines_base, ours, stored_list);
  s.routines_base = stored_list;
  s.routines_base_text = stored.value;
  if (merged != ours) {
    // Adopted, then saved back (SaveRoutines), where storage does not hold the merged list already.
    host.apply(AdoptRoutines{std::move(merged.routines), std::move(merged.deleted)});
  } else if (merged != stored_list) {
    for (const Action& action : save_routines(host.state(), host.catalogue())) host.apply(action);
  }
}

const std::string& problem() {
  return store().problem;
}

const std::string& unreadable_routines_key() {
  return store().routines.unreadable_key();
}

}  // namespace ubr::session_store
