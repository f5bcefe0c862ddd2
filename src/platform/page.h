#pragma once
// Calls from the wasm side into our page script (web/main.js). No-ops outside the browser.
namespace ubr::page {

// The first frame is on screen: the page hides its loading message.
void notify_first_frame();
// Start-up failed: the page replaces the canvas with this message.
void show_fatal_error(const char* message);

}  // namespace ubr::page
