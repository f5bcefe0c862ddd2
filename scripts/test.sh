#!/usr/bin/env bash
# Sets up what is missing, then runs every test: native core tests (ctest) and browser tests (node --test against
# the served release build). Exits non-zero on any failure.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh" --all

step "Core tests (ctest, native, ASan + UBSan)"
ctest --preset native || fail "core tests" "-" "read the failing test output above"

# A bounded libFuzzer run over the progress parsers (stored data, backups, actions); scripts/fuzz.sh runs longer.
"$ROOT/scripts/fuzz.sh" 60

step "Browser tests (node --test, playwright-core, Debian Chromium)"
node --test --test-concurrency=1 tests/browser/ || fail "browser tests" "-" "read the failing test output above; screenshots are in test-results/"

# The other engines run the cross-engine scenarios only (Chromium has just run everything).
"$ROOT/scripts/test-engines.sh" firefox webkit
step "All tests passed"
