# Dear ImGui (Debian source package) and SDL2 (built for wasm by scripts/setup.sh, cached outside the tree).
# Both are included as SYSTEM so our warning flags never apply to them.
set(UBR_THIRD_PARTY_DIR "${PROJECT_SOURCE_DIR}/third_party" CACHE PATH "Unpacked third-party sources")
# The set-up script records where it installed SDL2; follow it so a change of SDL flags is picked up.
if(EXISTS "${UBR_THIRD_PARTY_DIR}/sdl2-prefix.txt")
  file(STRINGS "${UBR_THIRD_PARTY_DIR}/sdl2-prefix.txt" UBR_SDL2_PREFIX LIMIT_COUNT 1)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${UBR_THIRD_PARTY_DIR}/sdl2-prefix.txt")
endif()
set(UBR_SDL2_PREFIX "${UBR_SDL2_PREFIX}" CACHE PATH "Install prefix of SDL2 built for WebAssembly" FORCE)
if(NOT EXISTS "${UBR_SDL2_PREFIX}/lib/libSDL2.a" OR NOT EXISTS "${UBR_THIRD_PARTY_DIR}/imgui/imgui.cpp")
  message(FATAL_ERROR "SDL2 for wasm or the ImGui sources are missing: run scripts/setup.sh first")
endif()

add_library(sdl2_wasm STATIC IMPORTED)
set_target_properties(sdl2_wasm PROPERTIES IMPORTED_LOCATION "${UBR_SDL2_PREFIX}/lib/libSDL2.a")
target_include_directories(sdl2_wasm SYSTEM INTERFACE "${UBR_SDL2_PREFIX}/include/SDL2")

set(IMGUI_DIR "${UBR_THIRD_PARTY_DIR}/imgui")
# Three files are compiled through wrappers in src/imgui_config (each says why): imgui_draw.cpp without ImGui's
# built-in font, the OpenGL 3 renderer without WebGL round trips for GL state that only it changes, and the SDL2
# backend setting the mouse cursor only when it changes.
add_library(imgui STATIC
  "${IMGUI_DIR}/imgui.cpp" "${PROJECT_SOURCE_DIR}/src/imgui_config/imgui_draw_without_default_font.cpp"
  "${IMGUI_DIR}/imgui_tables.cpp"
  "${IMGUI_DIR}/imgui_widgets.cpp" "${PROJECT_SOURCE_DIR}/src/imgui_config/imgui_impl_sdl_cursor_on_change.cpp"
  "${PROJECT_SOURCE_DIR}/src/imgui_config/imgui_impl_opengl3_known_state.cpp")
target_include_directories(imgui SYSTEM PUBLIC "${IMGUI_DIR}" "${IMGUI_DIR}/backends")
# WebGL2 is OpenGL ES 3; the demo and metrics windows are never shown, so they are not compiled in. The app has
# no file system (fonts come from memory, no .ini or log files), so ImGui's file functions are left out too.
target_compile_definitions(imgui PUBLIC IMGUI_IMPL_OPENGL_ES3 IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_METRICS_WINDOW
  IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_OBSOLETE_KEYIO IMGUI_DISABLE_FILE_FUNCTIONS)
target_link_libraries(imgui PUBLIC sdl2_wasm)
