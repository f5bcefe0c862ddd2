#!/usr/bin/env bash
# Fuzzes the parsing of stored progress, backup files and automation actions (tests/fuzz/progress_fuzz.cpp) with
# libFuzzer under ASan + UBSan. Usage: scripts/fuzz.sh [SECONDS]  (default 600; scripts/test.sh runs 60).
# Starts from the seed corpus in tests/fuzz/corpus (kept in the repo); new inputs go to build/fuzz/corpus, and a
# crashing input is saved as build/fuzz/crash-* and named in the output.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"
SECONDS_TO_RUN="${1:-600}"
OUT="$ROOT/build/fuzz"

step "Building the progress fuzzer (clang++, libFuzzer, ASan + UBSan; preset fuzz)"
command -v clang++ >/dev/null || fail "fuzzer build" "clang, libclang-rt-14-dev" "run scripts/setup.sh"
[ -f "$OUT/CMakeCache.txt" ] || cmake --preset fuzz >/dev/null || fail "fuzzer configure" "clang" "run 'cmake --preset fuzz' to see the error"
cmake --build "$OUT" --target progress_fuzz || fail "fuzzer build" "clang++ / libclang-rt-14-dev" "read the compiler output above"
BINARY="$OUT/tests/fuzz/progress_fuzz"
mkdir -p "$OUT/corpus"

step "Fuzzing for $SECONDS_TO_RUN s"
set +e
"$BINARY" -max_total_time="$SECONDS_TO_RUN" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$OUT/" "$OUT/corpus" tests/fuzz/corpus >"$OUT/last-run.log" 2>&1
status=$?
set -e
grep -E "INITED|DONE|ERROR|SUMMARY|stat::number_of_executed_units|stat::peak_rss" "$OUT/last-run.log" | sed 's/^/    /' || true
[ "$status" -eq 0 ] || fail "fuzzing" "-" "a crash was found: read $OUT/last-run.log; the input is saved as $OUT/crash-*"
