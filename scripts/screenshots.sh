#!/usr/bin/env bash
# Builds the release app and takes screenshots: `scripts/screenshots.sh --readme` refreshes docs/screenshots/ for the
# README; without it, every view at phone and desktop sizes in light and dark goes to test-results/screenshots/.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh" >/dev/null
"$ROOT/scripts/build.sh" >/dev/null
node scripts/screenshots.mjs "$@"
if [ "${1:-}" = "--readme" ]; then
  # Palette-reduced PNGs keep the repository small; the pictures stay sharp.
  for f in docs/screenshots/home.png docs/screenshots/exercise.png; do convert "$f" +dither -colors 48 "PNG8:$f"; done
fi
