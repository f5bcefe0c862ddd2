// Dear ImGui's OpenGL 3 renderer (backends/imgui_impl_opengl3.cpp), with the GL state it reads back every frame
// answered from memory where WebGL would make a round trip.
//
// Before drawing, the renderer saves the GL state it changes with about fifteen glGetIntegerv calls, and restores it
// afterwards. Chromium's WebGL answers most of them from its own copy, but the scissor box and the six blend
// settings each take a synchronous round trip to the GPU process: 0.2 to 1 ms per call, about 2.4 ms of every frame
// in headless Chromium (measured by timing WebGL's getParameter per name), more than the rest of the frame together.
//
// In this app nothing but this renderer touches the scissor box or the blend state, and the renderer puts back
// exactly what it read. So once read, those seven values are what WebGL would answer on every later frame: they are
// read from WebGL the first time and from this cache after that. Every other query goes to WebGL as before.
#include <GLES3/gl3.h>  // included first, so its declarations are not renamed by the macro below

#include <array>

namespace {

struct KnownValue {
  GLenum name;
  int count;
  std::array<GLint, 4> value;
  bool known;
};

std::array<KnownValue, 7> g_known_values{{
    {GL_SCISSOR_BOX, 4, {}, false},
    {GL_BLEND_SRC_RGB, 1, {}, false},
    {GL_BLEND_DST_RGB, 1, {}, false},
    {GL_BLEND_SRC_ALPHA, 1, {}, false},
    {GL_BLEND_DST_ALPHA, 1, {}, false},
    {GL_BLEND_EQUATION_RGB, 1, {}, false},
    {GL_BLEND_EQUATION_ALPHA, 1, {}, false},
}};

void get_integers_known_state(GLenum name, GLint* values) {
  for (KnownValue& entry : g_known_values) {
    if (entry.name != name) continue;
    if (!entry.known) {
      glGetIntegerv(name, entry.value.data());
      entry.known = true;
    }
    for (int i = 0; i < entry.count; ++i) values[i] = entry.value[static_cast<std::size_t>(i)];
    return;
  }
  glGetIntegerv(name, values);
}

}  // namespace

#define glGetIntegerv get_integers_known_state
#include "backends/imgui_impl_opengl3.cpp"
