#include "platform/entropy.h"

#if defined(__EMSCRIPTEN__)
#include <emscripten/emscripten.h>

// The page's crypto.getRandomValues rather than std::random_device, whose libc++ implementation and its JS glue
// add about 2 KB to a first visit for the one number per action the core needs.
// clang-format off
EM_JS(std::uint32_t, ubr_entropy_next, (), { return crypto.getRandomValues(new Uint32Array(1))[0]; });
// clang-format on

namespace ubr::entropy {
std::uint32_t next() {
  return ubr_entropy_next();
}
}  // namespace ubr::entropy

#else
#include <random>

namespace ubr::entropy {
std::uint32_t next() {
  static std::random_device device;
  return device();
}
}  // namespace ubr::entropy
#endif
