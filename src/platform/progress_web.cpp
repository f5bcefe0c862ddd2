#include "platform/progress_web.h"

#include "core/progress/actions.h"
#include "platform/app_host.h"
#include "platform/progress_store.h"

#if defined(__EMSCRIPTEN__)
#include <emscripten/emscripten.h>

// window.ubrProgress comes from web/progress_files.js; without it (a page that forgot the script) these do nothing
// rather than fail, and the progress screen still works in memory.
// clang-format off
EM_JS(double, ubr_progress_now_ms, (), { return Date.now(); });
EM_JS(int, ubr_progress_offset_minutes, (), { return -new Date().getTimezoneOffset(); });
EM_JS(void, ubr_progress_download, (const char* name, const char* mime, const char* text), {
  if (window.ubrProgress) window.ubrProgress.download(UTF8ToString(name), UTF8ToString(mime), UTF8ToString(text));
});
EM_JS(void, ubr_progress_pick_file, (), {
  if (!window.ubrProgress) return;
  window.ubrProgress.pickFile((text, name, error) => {
    const pass = (s) => {
      const size = lengthBytesUTF8(s) + 1;
      const pointer = _malloc(size);
      stringToUTF8(s, pointer, size);
      return pointer;
    };
    const pointers = [pass(text), pass(name), pass(error)];
    try {
      _ubr_progress_file_loaded(pointers[0], pointers[1], pointers[2]);
    } finally {
      pointers.forEach((p) => _free(p));
    }
  });
});
EM_JS(void, ubr_progress_watch_storage, (const char* key), {
  if (window.ubrProgress) window.ubrProgress.watchStorage(UTF8ToString(key), () => _ubr_progress_storage_changed());
});
EM_JS(void, ubr_progress_request_persist, (), {
  if (!window.ubrProgress) return;
  window.ubrProgress.requestPersist((answer) => {
    const codes = { granted: 1, denied: 0, unsupported: -1 };
    _ubr_progress_persist_result(answer in codes ? codes[answer] : -2);
  });
});
// clang-format on

namespace ubr::progress_store::web {
Clock now() {
  return {static_cast<std::int64_t>(ubr_progress_now_ms()), ubr_progress_offset_minutes()};
}
void download(const std::string& file_name, const std::string& mime_type, const std::string& text) {
  ubr_progress_download(file_name.c_str(), mime_type.c_str(), text.c_str());
}
void pick_file() {
  ubr_progress_pick_file();
}
void watch_storage(const std::string& key) {
  ubr_progress_watch_storage(key.c_str());
}
void request_persist() {
  ubr_progress_request_persist();
}
}  // namespace ubr::progress_store::web

#define UBR_EXPORT extern "C" EMSCRIPTEN_KEEPALIVE

UBR_EXPORT void ubr_progress_storage_changed() {
  if (ubr::AppHost* host = ubr::running_app()) ubr::progress_store::storage_changed(*host);
}

UBR_EXPORT void ubr_progress_persist_result(int code) {
  const char* answer = code == 1 ? "granted" : code == 0 ? "denied" : code == -1 ? "unsupported" : "unknown";
  if (ubr::AppHost* host = ubr::running_app())
    host->apply(ubr::Action{ubr::ProgressAction{ubr::PersistResult{answer}}});
}

UBR_EXPORT void ubr_progress_file_loaded(const char* text, const char* name, const char* error) {
  ubr::AppHost* host = ubr::running_app();
  if (host == nullptr) return;
  host->apply(ubr::Action{ubr::ProgressAction{ubr::ImportFileLoaded{text, name, error}}});
}

#else
#include <chrono>
#include <ctime>

namespace ubr::progress_store::web {
Clock now() {
  const auto since_epoch = std::chrono::system_clock::now().time_since_epoch();
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(since_epoch).count();
  return {static_cast<std::int64_t>(ms), 0};
}
void download(const std::string&, const std::string&, const std::string&) {}
void pick_file() {}
void watch_storage(const std::string&) {}
void request_persist() {}
}  // namespace ubr::progress_store::web
#endif
