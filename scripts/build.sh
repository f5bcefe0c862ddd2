#!/usr/bin/env bash
# Builds the release web app into build/web/site (and, with --native, the native core tests). Expects set-up done.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

build_web() {
  step "Building the web app (release)"
  [ -f build/web/CMakeCache.txt ] || cmake --preset web >/dev/null || fail "configure web build" "cmake/emscripten" "run 'cmake --preset web' to see the error"
  cmake --build --preset web || fail "web build" "emscripten" "read the compiler output above"
}

build_native() {
  step "Building the native core and tests (ASan + UBSan)"
  [ -f build/native/CMakeCache.txt ] || cmake --preset native >/dev/null || fail "configure native build" "cmake/catch2" "run 'cmake --preset native' to see the error"
  cmake --build --preset native || fail "native build" "g++" "read the compiler output above"
}

case "${1:-web}" in
  --native) build_native ;;
  --all) build_native; build_web ;;
  *) build_web ;;
esac
