# Shared helpers for the set-up, build, serve and test scripts. Source it; do not run it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Emscripten's JS optimiser needs acorn; this machine's Node does not look in Debian's module folder.
export NODE_PATH=/usr/share/nodejs
# Built third-party artefacts live outside the work tree so that every fresh clone reuses them.
CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/upper-back-relief"
THIRD_PARTY="$ROOT/third_party"
SDL_VERSION=2.26.5
IMGUI_VERSION=1.86

step() { printf '\n==> %s\n' "$*"; }
skip() { printf '    (skipped: %s)\n' "$*"; }

# fail STEP PACKAGE ADVICE: one clear message naming what broke and what to do about it.
fail() {
  printf '\nSET-UP FAILED in step "%s" (package: %s).\nWhat to do: %s\n' "$1" "$2" "$3" >&2
  exit 1
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
