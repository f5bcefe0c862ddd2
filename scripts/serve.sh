#!/usr/bin/env bash
# Sets up what is missing, builds the release app and serves it on http://localhost:8080 (Ctrl-C stops it).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
PORT="${PORT:-8080}"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh"
step "Serving build/web/site"
echo "    Open http://localhost:$PORT in your browser (Ctrl-C stops the server)"
exec python3 "$ROOT/scripts/serve.py" --port "$PORT" --dir "$ROOT/build/web/site"
