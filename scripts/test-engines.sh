#!/usr/bin/env bash
# Runs the cross-engine scenarios (tests/cross_engine/) against the release build in Chromium, Firefox ESR and
# WebKitGTK, one engine after the other under a virtual display (xvfb-run), and prints how long each took.
#   scripts/test-engines.sh [chromium|firefox|webkit|all]...   (default: all)
# Expects set-up and build done (scripts/test.sh does both); exits non-zero if any engine failed.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

engines=()
for arg in "${@:-all}"; do
  case "$arg" in
    chromium|firefox|webkit) engines+=("$arg") ;;
    all) engines+=(chromium firefox webkit) ;;
    *) echo "usage: scripts/test-engines.sh [chromium|firefox|webkit|all]..." >&2; exit 2 ;;
  esac
done
[ -f build/web/site/index.html ] || fail "cross-engine tests" "-" "build the app first: scripts/build.sh"
command -v xvfb-run >/dev/null || fail "cross-engine tests" "xvfb" "run scripts/setup.sh (it installs xvfb)"

summary=()
failed=()
for engine in "${engines[@]}"; do
  step "Cross-engine scenarios in $engine"
  start=$SECONDS
  # Headless Firefox gets no WebGL2 here, and WebKitGTK's MiniBrowser always opens a window: both need a display.
  # A test that hangs (an engine that stopped answering its driver) fails after 4 minutes instead of holding CI.
  if UBR_ENGINES="$engine" xvfb-run -a -s "-screen 0 1280x800x24" \
      node --test --test-concurrency=1 --test-timeout=240000 tests/cross_engine/; then
    summary+=("$engine: passed in $((SECONDS - start)) s")
  else
    summary+=("$engine: FAILED after $((SECONDS - start)) s")
    failed+=("$engine")
  fi
done
step "Cross-engine summary"
printf '    %s\n' "${summary[@]}"
[ ${#failed[@]} -eq 0 ] || fail "cross-engine tests (${failed[*]})" "-" \
  "read the failing test output above; screenshots are in test-results/cross-engine-*.png"
