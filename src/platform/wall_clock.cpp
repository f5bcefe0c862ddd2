#include "platform/wall_clock.h"

#if defined(__EMSCRIPTEN__)
#include <emscripten/emscripten.h>

// clang-format off
EM_JS(double, ubr_wall_clock_now_ms, (), { return Date.now(); });
EM_JS(int, ubr_wall_clock_offset_minutes, (), { return -new Date().getTimezoneOffset(); });
// clang-format on

namespace ubr::wall_clock {
WallClock now() {
  return {static_cast<std::int64_t>(ubr_wall_clock_now_ms()), ubr_wall_clock_offset_minutes()};
}
}  // namespace ubr::wall_clock

#else
#include <chrono>

namespace ubr::wall_clock {
WallClock now() {
  const auto since_epoch = std::chrono::system_clock::now().time_since_epoch();
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(since_epoch).count();
  return {static_cast<std::int64_t>(ms), 0};
}
}  // namespace ubr::wall_clock
#endif
