#pragma once
// The catalogue the app ships (assets/exercises.json) with the motion clips embedded in the build, parsed once for
// every test that needs it.
#include "core/exercises/catalogue.h"

#include <embedded_content.h>

namespace ubr::test {

inline const Catalogue& shipped_catalogue() {
  static const Catalogue catalogue = [] {
    Catalogue shipped = *parse_catalogue(*content::find("exercises.json"), "exercises.json").catalogue;
    shipped.motion = embedded_motion();
    return shipped;
  }();
  return catalogue;
}

}  // namespace ubr::test
