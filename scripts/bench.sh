#!/usr/bin/env bash
# Builds the release app and the bare ImGui + SDL2 page, then measures both in headless Chromium: bytes, first
# frame, frame CPU, idle frame rate and heap. Prints a table and writes bench-results/bench.json.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh"
step "Building the bare ImGui + SDL2 page (same flags)"
cmake --build --preset web --target bare_hello || fail "bare hello build" "emscripten" "read the compiler output above"
step "Measuring (about 3 minutes)"
node tests/bench/bench.mjs
