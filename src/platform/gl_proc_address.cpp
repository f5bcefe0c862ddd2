// Emscripten's eglGetProcAddress finds GL functions by name in a table of every GL and WebGL entry point, so linking it
// links all of them, in the wasm and in the JS glue, although nothing here looks a GL function up by name: ImGui's ES3
// renderer and our own drawing call GL directly. SDL's video driver refers to the function (for SDL_GL_GetProcAddress,
// which nothing calls), so this definition stands in for Emscripten's and answers "not available" to every name.
#if defined(__EMSCRIPTEN__)
extern "C" void* eglGetProcAddress(const char* /*name*/) {
  return nullptr;
}
#endif
