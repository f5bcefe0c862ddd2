#include "platform/reminders_store.h"

#include "core/reminders/json.h"
#include "platform/files.h"
#include "platform/stored_document.h"

#include <cstdio>
#include <string>

namespace ubr::reminders_store {
namespace {
StoredDocument& document() {
  static StoredDocument instance{kStorageKey};
  return instance;
}
std::string& save_problem() {
  static std::string instance;
  return instance;
}

// Another tab changed the settings, showed a reminder or counted a break: this tab adopts what it stored, so only
// one tab ever shows a reminder and the counts agree.
void adopt_stored(AppHost& host) {
  const local_storage::ReadResult read = document().read();
  if (!read.error.empty() || !read.value) return;
  host.apply(ReminderAction{RestoreReminders{read.value}});
  if (!host.state().reminders.load_error.empty()) document().keep_unreadable(*read.value);
}
}  // namespace

void restore(AppHost& host) {
  const local_storage::ReadResult read = document().read();
  if (!read.error.empty()) std::fprintf(stderr, "Reminders could not be read: %s\n", read.error.c_str());
  host.apply(ReminderAction{RestoreReminders{read.value}});
  if (read.value && !host.state().reminders.load_error.empty()) document().keep_unreadable(*read.value);
  files::watch_storage(kStorageKey, adopt_stored);
}

void save(const AppState& state) {
  // Reminders keep working in memory for this visit; the Reminders screen says why they will not be kept.
  const std::string error = document().write(reminders_document_to_json(state.reminders));
  save_problem() = error.empty() ? "" : "Reminder settings could not be saved, so they last only this visit: " + error;
}

const std::string& problem() {
  return save_problem();
}

}  // namespace ubr::reminders_store
