#!/usr/bin/env bash
# Runs every benchmark of bench/README.md and prints the table of results.
#   bench/run.sh [--runs N] [--sizes "50 200 500"] [--skip widget,wasm,sklearn,recall] [--no-build]
# Builds (unless --no-build):
#   native: cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release -DCORROBORATE_BUILD_BENCH=ON
#   wasm:   cmake --preset wasm -B build/wasm-bench
# Environment: BENCH_BUILD (default build/bench), BENCH_WASM (default build/wasm-bench),
# JOBS (default 2). Generated clusters and results.json go to $BENCH_BUILD/bench-out, never
# into the repository. Needs python3-sklearn (scripts/setup.sh test), node, chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BENCH_BUILD:-build/bench}
wasm=${BENCH_WASM:-build/wasm-bench}
jobs=${JOBS:-2}
runs=7
sizes="50 200 500"
skip=""
do_build=1
while (($#)); do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --skip) skip=$2; shift 2 ;;
    --no-build) do_build=0; shift ;;
    *) echo "usage: bench/run.sh [--runs N] [--sizes \"50 200 500\"] [--skip LIST] [--no-build]" >&2; exit 2 ;;
  esac
done
if ((do_build)); then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCORROBORATE_BUILD_BENCH=ON -DCORROBORATE_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" -j"$jobs" --target corroborate_bench corroborate_cli >/dev/null
  if [[ ",$skip," != *,wasm,* || ",$skip," != *,widget,* ]]; then
    cmake --preset wasm -B "$wasm" -DCORROBORATE_BUILD_TESTS=OFF >/dev/null
    cmake --build "$wasm" -j"$jobs" --target corroborate_core corroborate_web >/dev/null
  fi
fi
# shellcheck disable=SC2086
exec python3 bench/measure.py --build "$build" --dist "$wasm/dist" --runs "$runs" --sizes $sizes --skip "$skip"
