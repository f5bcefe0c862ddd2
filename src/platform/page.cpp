#include "platform/page.h"

#include <cstdio>

#if defined(__EMSCRIPTEN__)
#include <emscripten/emscripten.h>

// clang-format off
EM_JS(void, ubr_page_first_frame, (), {
  if (Module.onFirstFrame) Module.onFirstFrame();
});
EM_JS(void, ubr_page_fatal, (const char* message), {
  if (Module.onFatalError) Module.onFatalError(UTF8ToString(message));
});
// clang-format on

namespace ubr::page {
void notify_first_frame() { ubr_page_first_frame(); }
void show_fatal_error(const char* message) {
  std::fprintf(stderr, "%s\n", message);
  ubr_page_fatal(message);
}
}  // namespace ubr::page

#else
namespace ubr::page {
void notify_first_frame() {}
void show_fatal_error(const char* message) { std::fprintf(stderr, "%s\n", message); }
}  // namespace ubr::page
#endif
