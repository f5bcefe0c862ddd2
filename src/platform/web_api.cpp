#include "platform/web_api.h"

#include <cstdlib>

#if defined(__EMSCRIPTEN__)
// clang-format off
EM_JS(void, ubr_web_api_emit, (const char* name, const char* json), {
  if (window.ubr) window.ubr.emit(UTF8ToString(name), JSON.parse(UTF8ToString(json)));
});
// clang-format on
#else
void ubr_web_api_emit(const char*, const char*) {}
#endif

namespace ubr::web_api {

void emit(const char* name, const std::string& json) {
  ubr_web_api_emit(name, json.c_str());
}

std::string take_string(char* text) {
  std::string result = text ? text : "";
  std::free(text);
  return result;
}

}  // namespace ubr::web_api
