#!/usr/bin/env bash
# Sets up what is missing, then runs every test: native core tests (ctest) and browser tests (node --test against
# the served release build). Exits non-zero on any failure.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh" --all

step "Core tests (ctest, native, ASan + UBSan)"
ctest --preset native || fail "core tests" "-" "read the failing test output above"

# A bounded libFuzzer pass over every target (15 s each: stored documents, actions, imports, merges); run
# scripts/fuzz.sh 1800 for a long one.
"$ROOT/scripts/fuzz.sh" 75

step "Browser tests (node --test, playwright-core, Debian Chromium)"
# The shell expands the glob, so this works alike on Node 20 (which takes files, not patterns) and on 22+ (where a
# folder argument no longer means "the tests in it"). A test that hangs fails after 20 minutes instead of blocking CI;
# Node 20 applies the same bound to each file as a whole, which is why it is not shorter (the longest file, with a
# browser per input device, takes several minutes on this 2-core machine).
node --test --test-concurrency=1 --test-timeout=1200000 tests/browser/*.test.js || fail "browser tests" "-" "read the failing test output above; screenshots are in test-results/"

# The cross-engine scenarios in all three engines (Chromium has also just run the full suite above).
"$ROOT/scripts/test-engines.sh" all
step "All tests passed"
