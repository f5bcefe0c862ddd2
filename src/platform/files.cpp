#include "platform/files.h"

#include "core/progress/actions.h"
#include "platform/app_host.h"
#include "platform/web_api.h"

#include <string>
#include <utility>
#include <vector>

#if defined(__EMSCRIPTEN__)
// Without web/files.js (a page that forgot the script) these do nothing rather than fail, and the progress screen
// still works in memory.
// clang-format off
EM_JS(void, ubr_files_download, (const char* name, const char* mime, const char* text), {
  if (window.ubr.files) window.ubr.files.download(UTF8ToString(name), UTF8ToString(mime), UTF8ToString(text));
});
EM_JS(void, ubr_files_pick_file, (), {
  if (window.ubr.files) window.ubr.files.pickFile();
});
EM_JS(void, ubr_files_watch_storage, (const char* key), {
  if (window.ubr.files) window.ubr.files.watchStorage(UTF8ToString(key));
});
EM_JS(void, ubr_files_request_persist, (int ask), {
  if (window.ubr.files) window.ubr.files.requestPersist(ask !== 0);
});
// clang-format on
#else
void ubr_files_download(const char*, const char*, const char*) {}
void ubr_files_pick_file() {}
void ubr_files_watch_storage(const char*) {}
void ubr_files_request_persist(int) {}
#endif

namespace ubr::files {
namespace {
// Each watched key with its store's handler: the stores register themselves, so this file names none of them.
std::vector<std::pair<std::string, StorageChanged>>& watched() {
  static std::vector<std::pair<std::string, StorageChanged>> keys;
  return keys;
}
}  // namespace

void download(const std::string& file_name, const std::string& mime_type, const std::string& text) {
  ubr_files_download(file_name.c_str(), mime_type.c_str(), text.c_str());
}
void pick_file() {
  ubr_files_pick_file();
}
void watch_storage(const std::string& key, StorageChanged on_change) {
  watched().emplace_back(key, on_change);
  ubr_files_watch_storage(key.c_str());
}
void request_persist(bool ask) {
  ubr_files_request_persist(ask ? 1 : 0);
}
}  // namespace ubr::files

// Another tab wrote (or cleared) a watched key: its store looks again.
UBR_EXPORT void ubr_files_storage_changed(const char* key) {
  ubr::AppHost* host = ubr::running_app();
  if (host == nullptr || key == nullptr) return;
  for (const auto& [watched_key, on_change] : ubr::files::watched()) {
    if (watched_key == key) on_change(*host);
  }
}

// navigator.storage.persist(): "granted", "denied" or "unsupported", "not-asked" (only looked), or "evictable"
// (Safari's WebKit outside the Home Screen, which deletes a site's storage after 7 days without a visit); anything else
// counts as "unknown".
UBR_EXPORT void ubr_files_persist_result(const char* answer) {
  const std::string text = answer ? answer : "";
  const bool known =
      text == "granted" || text == "denied" || text == "unsupported" || text == "evictable" || text == "not-asked";
  if (ubr::AppHost* host = ubr::running_app())
    host->apply(ubr::Action{ubr::ProgressAction{ubr::PersistResult{known ? text : "unknown"}}});
}

// The file the user picked: its text and name, or why it could not be read.
UBR_EXPORT void ubr_files_picked(const char* text, const char* name, const char* error) {
  ubr::AppHost* host = ubr::running_app();
  if (host == nullptr) return;
  host->apply(ubr::Action{ubr::ProgressAction{ubr::ImportFileLoaded{text, name, error}}});
}
