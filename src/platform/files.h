#pragma once
// The page side of the progress document (web/files.js, `ubr.files`): downloads, the file picker for backups, the
// `storage` event from other tabs and navigator.storage.persist(). Natively these do nothing.
#include <string>

namespace ubr::files {

// Offers `text` as a file download (Blob + <a download>).
void download(const std::string& file_name, const std::string& mime_type, const std::string& text);
// Opens the browser's file picker; the chosen file arrives through ubr_files_picked.
void pick_file();
// Calls ubr_files_storage_changed when another tab writes `key`.
void watch_storage(const std::string& key);
// Asks for persistent storage; the answer arrives through ubr_files_persist_result.
void request_persist();

}  // namespace ubr::files
