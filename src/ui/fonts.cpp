#include "ui/fonts.h"

#include <embedded_fonts.h>

namespace ubr {
namespace {
// Must match the --unicodes list of the font subset in src/CMakeLists.txt.
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x00FF, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D,
    0x2022, 0x2022, 0x2026, 0x2026, 0x2190, 0x2193, 0x2212, 0x2212, 0,
};
}  // namespace

UiFonts load_fonts(ImGuiIO& io, float pixel_ratio, float text_scale) {
  const auto data = fonts::find("ui-font.otf");
  if (!data) return {};
  io.Fonts->Clear();
  // WebGL2 takes textures of any height: rounding it up to a power of two only adds rows to clear, convert to RGBA
  // and upload at start-up (up to twice the work for nothing).
  io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
  auto add = [&](float css_pixels) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes live in the binary for the whole run
    // Glyphs are rasterised at the screen's own pixel size (see FontGlobalScale below) and placed on whole pixels,
    // so rasterising them twice as wide for sub-pixel placement would only double the atlas to build and upload.
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    // ImGui only reads the data; the API takes a non-const pointer for the atlas-owned case.
    void* bytes = const_cast<char*>(data->data());
    return io.Fonts->AddFontFromMemoryTTF(bytes, static_cast<int>(data->size()), css_pixels * text_scale * pixel_ratio,
                                          &config, kGlyphRanges);
  };
  UiFonts fonts;
  fonts.body = add(18.0f);
  fonts.small = add(15.0f);
  fonts.heading = add(22.0f);
  fonts.title = add(32.0f);
  io.FontGlobalScale = 1.0f / pixel_ratio;
  if (!io.Fonts->Build()) return {};
  return fonts;
}

}  // namespace ubr
