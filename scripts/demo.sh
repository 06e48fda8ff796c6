#!/usr/bin/env bash
# The main job: install what is missing, build the demo site (wasm engine, widget, the
# five bundled sources) and serve it at http://127.0.0.1:8000/ (PORT=... to change).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh demo
cmake --preset wasm >/dev/null
cmake --build --preset wasm --target corroborate_site -j"$(nproc)"
exec node scripts/serve.mjs build/wasm/site "${PORT:-8000}"
