#pragma once
// The page side of the progress document (web/files.js, `ubr.files`): downloads, the file picker for backups, the
// `storage` event from other tabs and navigator.storage.persist(). Natively these do nothing.
#include <string>

namespace ubr {
class AppHost;
}

namespace ubr::files {

// What a store does when another tab changed its document (or cleared storage).
using StorageChanged = void (*)(AppHost& host);

// Offers `text` as a file download (Blob + <a download>).
void download(const std::string& file_name, const std::string& mime_type, const std::string& text);
// Opens the browser's file picker; the chosen file arrives through ubr_files_picked.
void pick_file();
// Calls `on_change` when another tab writes `key` or clears storage.
void watch_storage(const std::string& key, StorageChanged on_change);
// Looks whether storage is persistent, and with `ask` asks for it (Firefox asks the user); the answer arrives through
// ubr_files_persist_result.
void request_persist(bool ask);

}  // namespace ubr::files
