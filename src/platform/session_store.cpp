#include "platform/session_store.h"

#include "platform/stored_document.h"

namespace ubr::session_store {
namespace {
struct Store {
  StoredDocument settings{kSettingsKey};
  StoredDocument routines{kRoutinesKey};
  std::string problem;
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
  if (!settings.error.empty() || !routines.error.empty()) {
    s.problem = "Storage is not available, so routines and settings will not be kept: " +
                (settings.error.empty() ? routines.error : settings.error);
  }
}

void save_settings(const AppState& state) {
  const std::string error = store().settings.write(settings_to_json(state.session_settings));
  store().problem = error.empty() ? "" : "Settings could not be saved: " + error;
}

void save_routines(const AppState& state) {
  const std::string error = store().routines.write(routines_to_json(state.routines.custom));
  store().problem = error.empty() ? "" : "Your routines could not be saved: " + error;
}

const std::string& problem() {
  return store().problem;
}

const std::string& unreadable_routines_key() {
  return store().routines.unreadable_key();
}

}  // namespace ubr::session_store
