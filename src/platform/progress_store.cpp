#include "platform/progress_store.h"

#include "core/progress/document.h"
#include "core/progress/merge.h"
#include "core/progress/update.h"
#include "platform/files.h"
#include "platform/local_storage.h"
#include "platform/wall_clock.h"

#include <memory>

namespace ubr::progress_store {
namespace {
struct Store {
  std::uint64_t saved_revision = 0;
  bool busy = false;  // sync applies actions, which call sync again
  std::int64_t clock_minute = -1;
};
Store g_store;

void apply(AppHost& host, ProgressAction action) {
  host.apply(Action{std::move(action)});
}

const ProgressState& progress(const AppHost& host) {
  return host.state().progress;
}

void report(AppHost& host, StorageHealth health, const std::string& detail) {
  const StorageStatus& now = progress(host).storage;
  if (now.health == health && now.detail == detail) return;  // no redraw for nothing
  apply(host, StorageReport{health, detail});
}

// Copies unreadable stored text to the first free (or identical) key, so it survives whatever the user decides.
// Returns the key, or an empty string if it could not be copied (the original is then still under kStorageKey).
std::string keep_unreadable(const std::string& text) {
  for (int i = 0; i < 10; ++i) {
    const std::string key = i == 0 ? kUnreadableKey : std::string(kUnreadableKey) + "." + std::to_string(i + 1);
    const local_storage::ReadResult existing = local_storage::read(key);
    if (!existing.error.empty()) return {};
    if (existing.value && *existing.value == text) return key;
    if (existing.value) continue;
    return local_storage::write(key, text).empty() ? key : std::string();
  }
  return {};
}

void load_unreadable(AppHost& host, const std::string& text, const std::string& error) {
  StorageStatus status = progress(host).storage;
  status.health = StorageHealth::Unreadable;
  status.detail = error;
  status.unreadable_key = keep_unreadable(text);
  apply(host, ProgressLoaded{nullptr, status, std::make_shared<const std::string>(text), false});
}

void save(AppHost& host) {
  const local_storage::ReadResult stored = local_storage::read(kStorageKey);
  if (!stored.error.empty()) {
    report(host, StorageHealth::Unavailable, stored.error);
    return;
  }
  // After "start fresh", the unreadable original the user chose to set aside (it is kept under its own key) is
  // written over; any other unreadable text is not.
  const std::shared_ptr<const std::string>& set_aside = progress(host).unreadable_text;
  const bool replace_set_aside = stored.value && set_aside && *stored.value == *set_aside;
  const StoredMerge merged = merge_with_stored(*progress(host).doc, replace_set_aside ? std::nullopt : stored.value);
  if (!merged.doc) {
    // Another tab (or something else) left text we cannot read: keep it, write nothing, tell the user.
    load_unreadable(host, *stored.value, merged.error);
    return;
  }
  if (!same_progress(*merged.doc, *progress(host).doc)) {
    apply(host, ProgressMerged{std::make_shared<const ProgressDoc>(*merged.doc), false});
  }
  if (!merged.stored_matches) {
    const std::string error = local_storage::write(kStorageKey, progress_to_json(*merged.doc, progress_app_version()));
    if (!error.empty()) {
      report(host, error == "storage is full" ? StorageHealth::Full : StorageHealth::Unavailable, error);
      return;
    }
  }
  g_store.saved_revision = progress(host).revision;
  report(host, StorageHealth::Saved, "");
}

void carry_out_requests(AppHost& host) {
  const ProgressState& p = progress(host);
  if (p.downloads.empty() && !p.file_picker_requested) return;
  const std::vector<Download> downloads = p.downloads;
  const bool pick = p.file_picker_requested;
  apply(host, ProgressEffectsTaken{});
  for (const Download& download : downloads) files::download(download.file_name, download.mime_type, download.text);
  if (pick) files::pick_file();
}
}  // namespace

void start(AppHost& host) {
  tick_clock(host);
  const local_storage::ReadResult stored = local_storage::read(kStorageKey);
  StorageStatus status = progress(host).storage;
  if (!stored.error.empty()) {
    status.health = StorageHealth::Unavailable;
    status.detail = stored.error;
    apply(host, ProgressLoaded{nullptr, status, nullptr, false});
  } else if (!stored.value) {
    status.health = StorageHealth::Saved;  // nothing stored yet: nothing to save until something happens
    apply(host, ProgressLoaded{std::make_shared<const ProgressDoc>(), status, nullptr, false});
  } else {
    ProgressParse parsed = parse_progress(*stored.value, "stored progress");
    if (parsed.doc) {
      status.health = StorageHealth::Saved;
      apply(host, ProgressLoaded{std::make_shared<const ProgressDoc>(std::move(*parsed.doc)), status, nullptr,
                                 parsed.migrated});
      // A migrated document is written back in the current schema by the sync below.
      if (!parsed.migrated) g_store.saved_revision = progress(host).revision;
    } else {
      load_unreadable(host, *stored.value, parsed.error);
    }
  }
  if (progress(host).storage.health == StorageHealth::Saved && !stored.value) {
    g_store.saved_revision = progress(host).revision;
  }
  files::watch_storage(kStorageKey);
  files::request_persist();
  sync(host);
}

void sync(AppHost& host) {
  if (g_store.busy) return;
  g_store.busy = true;
  if (!host.state().finished_sessions.empty()) host.apply(RecordFinishedSessions{});
  carry_out_requests(host);
  const StorageHealth health = progress(host).storage.health;
  const bool may_write = health != StorageHealth::Unreadable && health != StorageHealth::Loading;
  if (may_write && progress(host).revision != g_store.saved_revision) save(host);
  g_store.busy = false;
}

void storage_changed(AppHost& host) {
  const StorageHealth health = progress(host).storage.health;
  if (health == StorageHealth::Unreadable || health == StorageHealth::Loading) return;
  const local_storage::ReadResult stored = local_storage::read(kStorageKey);
  if (!stored.error.empty() || !stored.value) return;  // removed or unreachable: our next save writes ours again
  const StoredMerge merged = merge_with_stored(*progress(host).doc, stored.value);
  if (!merged.doc) return;  // the next save finds it unreadable, keeps it and says so
  if (!same_progress(*merged.doc, *progress(host).doc)) {
    // needs_save when we hold sessions the other tab has not stored yet.
    apply(host, ProgressMerged{std::make_shared<const ProgressDoc>(*merged.doc), !merged.stored_matches});
  }
  sync(host);
}

void tick_clock(AppHost& host) {
  const wall_clock::Clock clock = wall_clock::now();
  const std::int64_t minute = clock.utc_ms / 60000;
  if (minute == g_store.clock_minute) return;
  g_store.clock_minute = minute;
  apply(host, ProgressClock{clock.utc_ms, clock.utc_offset_minutes});
}

}  // namespace ubr::progress_store
