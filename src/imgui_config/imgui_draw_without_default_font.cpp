// Dear ImGui's imgui_draw.cpp, compiled without ImGui's built-in ProggyClean font.
//
// ImGui 1.86 links its built-in font into every program that builds a font atlas: GetTexDataAsAlpha8() calls
// AddFontDefault() when no font was added, and there is no switch to leave it out. The app always adds Inter
// first (ui/fonts.cpp gives up with a message if it cannot), so those 12 KB of base85 font data were dead weight:
// 10 KB of the gzipped app.wasm, measured. The macro below replaces only that call with no arguments, the one in
// ImGui, by a failed assertion; AddFontDefault() itself is untouched, so an explicit call still works, and the
// linker drops it (and the font) when nothing makes one.
#include "imgui.h"  // included first, so the declarations in it are not renamed by the macro

namespace {
ImFont* built_in_font_not_linked() {
  IM_ASSERT(false && "add a font before building the atlas: ImGui's built-in font is not linked into this app");
  return nullptr;
}
}  // namespace

// `AddFontDefault()` (no arguments) becomes the assertion; `AddFontDefault(anything)` stays as it is. C++20's
// __VA_OPT__ tells the two apart.
#define UBR_ADD_FONT_DEFAULT() built_in_font_not_linked()
#define UBR_ADD_FONT_DEFAULT_WITH_ARGS(...) AddFontDefault(__VA_ARGS__)
#define AddFontDefault(...) UBR_ADD_FONT_DEFAULT##__VA_OPT__(_WITH_ARGS)(__VA_ARGS__)

#include "imgui_draw.cpp"
