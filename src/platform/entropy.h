#pragma once
// Random numbers from the browser, passed into the core with every update like the wall clock (core/update.h).
#include <cstdint>

namespace ubr::entropy {

std::uint32_t next();

}  // namespace ubr::entropy
