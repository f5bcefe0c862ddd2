#include "platform/progress_store.h"

#include "core/progress/document.h"
#include "core/progress/merge.h"
#include "core/progress/update.h"
#include "platform/files.h"
#include "platform/stored_document.h"

#include <memory>

namespace ubr::progress_store {
namespace {
StoredDocument& document() {
  static StoredDocument instance{kStorageKey};
  return instance;
}

Action progress_action(ProgressAction action) {
  return Action{std::move(action)};
}

// How storage stands, as an action, unless the core already knows (no redraw for nothing).
void report(const ProgressState& progress, StorageHealth health, const std::string& detail,
            std::vector<Action>& actions) {
  if (progress.storage.health == health && progress.storage.detail == detail) return;
  actions.push_back(progress_action(StorageReport{health, detail}));
}

// Stored text that cannot be read: copied aside, and the core told (the progress screen says so until the user
// chooses). Once the copy exists, new progress is saved over the original; until then StoredDocument writes nothing.
Action unreadable(const ProgressState& progress, const std::string& text, const std::string& error) {
  StorageStatus status = progress.storage;
  status.health = StorageHealth::Unreadable;
  status.detail = error;
  status.unreadable_key = document().keep_unreadable(text);
  return progress_action(ProgressLoaded{nullptr, status, std::make_shared<const std::string>(text), false});
}

Action loaded(const ProgressState& progress) {
  StorageStatus status = progress.storage;
  const local_storage::ReadResult stored = document().read();
  if (!stored.error.empty()) {
    status.health = StorageHealth::Unavailable;
    status.detail = stored.error;
    return progress_action(ProgressLoaded{nullptr, status, nullptr, false});
  }
  status.health = StorageHealth::Saved;
  if (!stored.value) return progress_action(ProgressLoaded{std::make_shared<const ProgressDoc>(), status, nullptr});
  ProgressParse parsed = parse_progress(*stored.value, "stored progress");
  if (!parsed.doc) return unreadable(progress, *stored.value, parsed.error);
  // A migrated document is written back in the current schema (needs_save).
  return progress_action(
      ProgressLoaded{std::make_shared<const ProgressDoc>(std::move(*parsed.doc)), status, nullptr, parsed.migrated});
}
}  // namespace

void start(AppHost& host) {
  host.apply(loaded(host.state().progress));
  files::watch_storage(kStorageKey, storage_changed);
  // No permission prompt (Firefox shows one) on a first visit: the browser is asked once there is progress to keep.
  const std::shared_ptr<const ProgressDoc>& doc = host.state().progress.doc;
  files::request_persist(doc && !doc->sessions.empty());
}

std::vector<Action> save(const AppState& state) {
  const ProgressState& progress = state.progress;
  std::vector<Action> actions;
  // Before the first read there is nothing to merge with.
  if (progress.storage.health == StorageHealth::Loading) return actions;
  const local_storage::ReadResult stored = document().read();
  if (!stored.error.empty()) {
    report(progress, StorageHealth::Unavailable, stored.error, actions);
    return actions;
  }
  // The unreadable original found at start-up (kept under its own key) is written over; unreadable text that
  // appears later (another tab, another program) is not: it is copied aside first, below.
  const std::shared_ptr<const std::string>& set_aside = progress.unreadable_text;
  const bool replace_set_aside = stored.value && set_aside && *stored.value == *set_aside;
  const StoredMerge merged = merge_with_stored(*progress.doc, replace_set_aside ? std::nullopt : stored.value);
  if (!merged.doc) {
    // Another tab (or something else) left text we cannot read: keep it, write nothing, tell the user.
    actions.push_back(unreadable(progress, *stored.value, merged.error));
    return actions;
  }
  if (*merged.doc != *progress.doc) {
    actions.push_back(progress_action(ProgressMerged{std::make_shared<const ProgressDoc>(*merged.doc), false}));
  }
  if (!merged.stored_matches) {
    const std::string error = document().write(progress_to_json(*merged.doc, progress_app_version()));
    if (!error.empty()) {
      report(progress, error == "storage is full" ? StorageHealth::Full : StorageHealth::Unavailable, error, actions);
      return actions;
    }
  }
  report(progress, StorageHealth::Saved, "", actions);
  // Once there is progress worth keeping, the browser is asked (once) to keep it when space runs low.
  if (progress.storage.persisted == "not-asked" && !merged.doc->sessions.empty()) {
    files::request_persist(true);
    actions.push_back(progress_action(PersistResult{"asking"}));
  }
  return actions;
}

void storage_changed(AppHost& host) {
  const ProgressState& progress = host.state().progress;
  if (progress.storage.health == StorageHealth::Unreadable || progress.storage.health == StorageHealth::Loading) {
    return;
  }
  const local_storage::ReadResult stored = document().read();
  if (!stored.error.empty() || !stored.value) return;  // removed or unreachable: our next save writes ours again
  const StoredMerge merged = merge_with_stored(*progress.doc, stored.value);
  if (!merged.doc) return;  // the next save finds it unreadable, keeps it and says so
  if (*merged.doc == *progress.doc) return;
  // needs_save when we hold sessions the other tab has not stored yet.
  host.apply(progress_action(ProgressMerged{std::make_shared<const ProgressDoc>(*merged.doc), !merged.stored_matches}));
}

}  // namespace ubr::progress_store
