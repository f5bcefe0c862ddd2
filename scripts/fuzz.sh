#!/usr/bin/env bash
# Fuzzes everything that reads untrusted text, with libFuzzer under ASan + UBSan (tests/fuzz/*_fuzz.cpp): stored
# progress and backups, the routines / settings / safety documents, window.app's action envelope applied to the
# state, an import after parsing (merge and replace), and the merge of two documents.
# Usage: scripts/fuzz.sh [SECONDS [TARGET...]]  (default 600 s in total, split evenly between the targets; scripts/test.sh
# runs a bounded CI pass). Each target starts from its seed corpus in tests/fuzz/corpus/<target> (kept in the repo);
# new inputs go to build/fuzz/corpus/<target>, a crashing input is saved as build/fuzz/crash-<target>-* and named in
# the output, and build/fuzz/<target>.log holds the whole run. Prints a line per target: executions, crashes.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"
SECONDS_TO_RUN="${1:-600}"
shift || true
TARGETS=("$@")
[ "${#TARGETS[@]}" -gt 0 ] || TARGETS=(progress_fuzz stored_documents_fuzz action_fuzz import_fuzz merge_fuzz)
OUT="$ROOT/build/fuzz"

step "Building the fuzz targets (clang++, libFuzzer, ASan + UBSan; preset fuzz)"
command -v clang++ >/dev/null || fail "fuzzer build" "clang, libclang-rt-14-dev" "run scripts/setup.sh"
[ -f "$OUT/CMakeCache.txt" ] || cmake --preset fuzz >/dev/null || fail "fuzzer configure" "clang" "run 'cmake --preset fuzz' to see the error"
cmake --build "$OUT" --target "${TARGETS[@]}" || fail "fuzzer build" "clang++ / libclang-rt-14-dev" "read the compiler output above"

PER_TARGET=$(( SECONDS_TO_RUN / ${#TARGETS[@]} ))
[ "$PER_TARGET" -ge 1 ] || PER_TARGET=1
step "Fuzzing ${#TARGETS[@]} targets for $PER_TARGET s each"
failed=()
total_runs=0
for target in "${TARGETS[@]}"; do
  mkdir -p "$OUT/corpus/$target"
  log="$OUT/$target.log"
  set +e
  "$OUT/tests/fuzz/$target" -max_total_time="$PER_TARGET" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -dict=tests/fuzz/json.dict -print_final_stats=1 -artifact_prefix="$OUT/crash-$target-" \
    "$OUT/corpus/$target" "tests/fuzz/corpus/$target" >"$log" 2>&1
  status=$?
  set -e
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  # libFuzzer stops at the first crash, broken property (abort), timeout or leak, so a run finds 0 or 1.
  crashes=0
  [ "$status" -eq 0 ] || crashes=1
  corpus=$(find "$OUT/corpus/$target" "tests/fuzz/corpus/$target" -type f | wc -l)
  printf '    %-22s %10s executions in %4d s, %d crashes, corpus %d inputs\n' "$target" "${runs:-?}" "$PER_TARGET" \
    "$crashes" "$corpus"
  total_runs=$(( total_runs + ${runs:-0} ))
  if [ "$status" -ne 0 ]; then
    grep -E "PROPERTY BROKEN|SUMMARY|ERROR|Test unit written" "$log" | head -5 | sed 's/^/      /'
    failed+=("$target")
  fi
done
printf '    %-22s %10s executions in total\n' "all targets" "$total_runs"
[ "${#failed[@]}" -eq 0 ] || fail "fuzzing (${failed[*]})" "-" "read $OUT/<target>.log; each crashing input is saved as $OUT/crash-<target>-*"
