#!/usr/bin/env bash
# Install what is missing, build everything (native, sanitizers, wasm) and run every test:
# the Catch2 suite natively, under ASan+UBSan and under node; the CLI; the JS API against
# the built package; the widget and the site in headless Chromium; a bounded fuzz run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
# Native first: the wasm tests compare their report with the native CLI's.
cmake --workflow --preset native
cmake --workflow --preset asan
cmake --workflow --preset fuzz
cmake --workflow --preset wasm
