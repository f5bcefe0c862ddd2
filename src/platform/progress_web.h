#pragma once
// The page side of progress (web/progress_files.js): downloads, the file picker, the `storage` event,
// navigator.storage.persist() and the wall clock. Natively these do nothing (the clock reads the system clock).
#include <cstdint>
#include <string>

namespace ubr::progress_store::web {

struct Clock {
  std::int64_t utc_ms = 0;
  int utc_offset_minutes = 0;  // local minus UTC
};
Clock now();

// Offers `text` as a file download (Blob + <a download>).
void download(const std::string& file_name, const std::string& mime_type, const std::string& text);
// Opens the browser's file picker; the chosen file arrives through ubr_progress_file_loaded.
void pick_file();
// Calls ubr_progress_storage_changed when another tab writes `key`.
void watch_storage(const std::string& key);
// Asks for persistent storage; the answer arrives through ubr_progress_persist_result.
void request_persist();

}  // namespace ubr::progress_store::web
