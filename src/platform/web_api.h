#pragma once
// The one bridge between the wasm side and the page (its twin is web/web_api.js, which makes `window.ubr`):
// - exports, page -> C++: every function the page calls is `UBR_EXPORT` and named `ubr_*`; the page calls it with
//   `ubr.call('ubr_name', ...)` (or `ubr.callText` when it returns text), which passes JS strings as C strings for
//   the length of the call. A returned `const char*` stays valid until the next call into the app.
// - events, C++ -> page: `emit("name", json)` fires `ubr-name` on window with the parsed JSON as its detail;
//   page scripts listen with `ubr.on('name', listener)`, which also hears the latest one sent before it listened.
// - calls, C++ -> page: EM_JS functions are named `ubr_<file>_*` after the C++ file that holds them; those that need
//   page code call that file's twin, `window.ubr.<file>` (cues.js, files.js), the others a browser API directly
//   (localStorage, matchMedia, Date). A string returned to C++ is malloc'd by `ubr.toWasm` and freed by
//   `take_string`.
// Natively (no browser) the exports are plain C functions and events go nowhere, so the same shell compiles.
#include <string>

#if defined(__EMSCRIPTEN__)
#include <emscripten/emscripten.h>
#define UBR_EXPORT extern "C" EMSCRIPTEN_KEEPALIVE
#else
#define UBR_EXPORT extern "C"
#endif

namespace ubr::web_api {

// Fires `ubr-<name>` on the page's window with JSON.parse(json) as the event's detail.
void emit(const char* name, const std::string& json = "null");
// Copies and frees a string the page allocated with ubr.toWasm (nullptr reads as empty).
std::string take_string(char* text);

}  // namespace ubr::web_api
