# Compiler settings for our own code, as INTERFACE targets so third-party code is never held to them.
option(UBR_WARNINGS_AS_ERRORS "Treat warnings in our code as errors" OFF)
option(UBR_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer (native only)" OFF)

add_library(ubr_warnings INTERFACE)
target_compile_options(ubr_warnings INTERFACE -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow
  $<$<BOOL:${UBR_WARNINGS_AS_ERRORS}>:-Werror>)

add_library(ubr_sanitizers INTERFACE)
if(UBR_SANITIZE AND NOT EMSCRIPTEN)
  target_compile_options(ubr_sanitizers INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=all)
  target_link_options(ubr_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

# nlohmann-json is header-only in Debian's /usr/include, which must never be on an Emscripten include path
# (it would drag in glibc headers), so a build-tree folder points at just that library.
set(UBR_JSON_INCLUDE "${CMAKE_BINARY_DIR}/deps/include")
file(MAKE_DIRECTORY "${UBR_JSON_INCLUDE}")
if(NOT EXISTS "${UBR_JSON_INCLUDE}/nlohmann")
  if(NOT EXISTS /usr/include/nlohmann/json.hpp)
    message(FATAL_ERROR "nlohmann-json not found: run scripts/setup.sh (Debian package nlohmann-json3-dev)")
  endif()
  file(CREATE_LINK /usr/include/nlohmann "${UBR_JSON_INCLUDE}/nlohmann" SYMBOLIC)
endif()
add_library(nlohmann_json_headers INTERFACE)
target_include_directories(nlohmann_json_headers SYSTEM INTERFACE "${UBR_JSON_INCLUDE}")
if(EMSCRIPTEN)
  # The web build has no exceptions (smaller wasm); our parsing code never relies on them.
  target_compile_definitions(nlohmann_json_headers INTERFACE JSON_NOEXCEPTION)
endif()
